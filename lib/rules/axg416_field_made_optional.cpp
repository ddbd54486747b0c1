// AXG416 field-made-optional: a required field made optional: older readers reject messages without it
// (docs/rules/AXG416.md).

#include "rules/registry.hpp"
#include "rules/schema_change_report.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    report_schema_changes(ctx, out, {drift::SchemaChangeKind::FieldMadeOptional},
                          "keep writing the field until every reader treats it as optional");
}
} // namespace

const Rule k_axg416{"AXG416",
                    "field-made-optional",
                    model::Severity::Medium,
                    "validation",
                    "a required field made optional: older readers reject messages without it",
                    &run,
                    Needs::Base};

} // namespace axg::rules
