// AXG407 enum-value-added: an enum value added that older readers on another release train reject
// (docs/rules/AXG407.md).

#include "rules/registry.hpp"
#include "rules/schema_change_report.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    report_schema_changes(ctx, out, {drift::SchemaChangeKind::EnumValueAdded},
                          "ship readers that accept the value first, then let writers use it; or relax the schema's "
                          "compatibility mode to backward if every reader updates with the writer");
}
} // namespace

const Rule k_axg407{"AXG407",
                    "enum-value-added",
                    model::Severity::Medium,
                    "validation",
                    "an enum value added that older readers on another release train reject",
                    &run,
                    Needs::Base};

} // namespace axg::rules
