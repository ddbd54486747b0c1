// AXG416 field-made-optional: a required field made optional: older readers reject messages without it
// (docs/rules/AXG416.md).

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
        if (change.kind != drift::SchemaChangeKind::FieldMadeOptional || !change.breaking) {
            continue;
        }
        out.add(model::field_target(change.schema, change.field), change.location,
                drift::explain(change, ctx.base_label),
                "keep writing the field until every reader treats it as optional, or bump the schema version");
    }
}
} // namespace

const Rule k_axg416{"AXG416",
                    "field-made-optional",
                    model::Severity::Medium,
                    "validation",
                    "a required field made optional: older readers reject messages without it",
                    &run};

} // namespace axg::rules
