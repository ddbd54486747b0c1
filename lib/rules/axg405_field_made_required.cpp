// AXG405 field-made-required: an optional field made required, or a required field added, breaking the schema's
// compatibility mode (docs/rules/AXG405.md).

#include "rules/registry.hpp"
#include "rules/schema_change_report.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    report_schema_changes(ctx, out,
                          {drift::SchemaChangeKind::FieldMadeRequired, drift::SchemaChangeKind::RequiredFieldAdded},
                          "keep the field optional with a default on the reader side");
}
} // namespace

const Rule k_axg405{
    "AXG405",
    "field-made-required",
    model::Severity::High,
    "validation",
    "an optional field made required, or a required field added, breaking the schema's compatibility mode",
    &run,
    Needs::Base};

} // namespace axg::rules
