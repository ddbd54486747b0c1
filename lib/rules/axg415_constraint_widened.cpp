// AXG415 constraint-widened: a range or max length widened or lifted: older readers reject the new values
// (docs/rules/AXG415.md).

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
        if (change.kind != drift::SchemaChangeKind::ConstraintWidened || !change.breaking) {
            continue;
        }
        out.add(model::field_target(change.schema, change.field), change.location,
                drift::explain(change, ctx.base_label),
                "ship readers that accept the wider bound before writers use it, or bump the schema version");
    }
}
} // namespace

const Rule k_axg415{"AXG415",
                    "constraint-widened",
                    model::Severity::Medium,
                    "validation",
                    "a range or max length widened or lifted: older readers reject the new values",
                    &run};

} // namespace axg::rules
