// AXG403 field-removed: a schema field removed, breaking the schema's compatibility mode (docs/rules/AXG403.md).

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
        if (change.kind != drift::SchemaChangeKind::FieldRemoved || !change.breaking) {
            continue;
        }
        out.add(model::field_target(change.schema, change.field), change.location,
                drift::explain(change, ctx.base_label),
                "keep the field (stop writing it, keep accepting it) until no reader or stored message needs it, or "
                "bump the schema version and migrate stored data");
    }
}
} // namespace

const Rule k_axg403{"AXG403",
                    "field-removed",
                    model::Severity::High,
                    "validation",
                    "a schema field removed, breaking the schema's compatibility mode",
                    &run};

} // namespace axg::rules
