// AXG404 field-type-changed: a schema field changed its type (docs/rules/AXG404.md).

#include "rules/registry.hpp"
#include "rules/schema_change_report.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    report_schema_changes(ctx, out, {drift::SchemaChangeKind::FieldTypeChanged},
                          "add a new field with the new type and deprecate the old one");
}
} // namespace

const Rule k_axg404{
    "AXG404", "field-type-changed", model::Severity::High, "validation", "a schema field changed its type",
    &run,     Needs::Base};

} // namespace axg::rules
