// AXG404 field-type-changed: a schema field changed its type (docs/rules/AXG404.md).

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
        if (change.kind != drift::SchemaChangeKind::FieldTypeChanged || !change.breaking) {
            continue;
        }
        out.add(model::field_target(change.schema, change.field), change.location,
                drift::explain(change, ctx.base_label),
                "add a new field with the new type and deprecate the old one, or bump the schema version and migrate "
                "stored data");
    }
}
} // namespace

const Rule k_axg404{
    "AXG404", "field-type-changed", model::Severity::High, "validation", "a schema field changed its type", &run};

} // namespace axg::rules
