// AXG406 enum-value-removed: an enum value removed while stored or in-flight data may still hold it
// (docs/rules/AXG406.md).

#include "rules/registry.hpp"
#include "rules/schema_change_report.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    report_schema_changes(ctx, out, {drift::SchemaChangeKind::EnumValueRemoved},
                          "keep accepting the value (map it to its replacement on read)");
}
} // namespace

const Rule k_axg406{"AXG406",
                    "enum-value-removed",
                    model::Severity::High,
                    "validation",
                    "an enum value removed while stored or in-flight data may still hold it",
                    &run,
                    Needs::Base};

} // namespace axg::rules
