// AXG405 field-made-required: an optional field made required, or a required field added, breaking the schema's
// compatibility mode (docs/rules/AXG405.md).

#include "analysis/analysis.hpp"
#include "drift/schema_diff.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    if (!ctx.base) {
        return;
    }
    for (const auto& change : ctx.analysis.schema_changes()) {
        bool required = change.kind == drift::SchemaChangeKind::FieldMadeRequired ||
                        change.kind == drift::SchemaChangeKind::RequiredFieldAdded;
        if (!required || !change.breaking) {
            continue;
        }
        out.add(model::field_target(change.schema, change.field), change.location,
                drift::explain(change, ctx.base_label),
                "keep the field optional with a default on the reader side, or bump the schema version and migrate "
                "stored data");
    }
}
} // namespace

const Rule k_axg405{
    "AXG405",
    "field-made-required",
    model::Severity::High,
    "validation",
    "an optional field made required, or a required field added, breaking the schema's compatibility mode",
    &run};

} // namespace axg::rules
