// AXG407 enum-value-added: an enum value added that older readers on another release train reject
// (docs/rules/AXG407.md).

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
        if (change.kind != drift::SchemaChangeKind::EnumValueAdded || !change.breaking) {
            continue;
        }
        out.add(model::field_target(change.schema, change.field), change.location,
                drift::explain(change, ctx.base_label),
                "ship readers that accept the value first, then let writers use it; or relax the schema's "
                "compatibility mode to backward if every reader updates with the writer");
    }
}
} // namespace

const Rule k_axg407{"AXG407",
                    "enum-value-added",
                    model::Severity::Medium,
                    "validation",
                    "an enum value added that older readers on another release train reject",
                    &run};

} // namespace axg::rules
