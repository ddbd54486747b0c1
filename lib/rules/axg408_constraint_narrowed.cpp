// AXG408 constraint-narrowed: a range or max length narrowed: data already written may no longer validate
// (docs/rules/AXG408.md).

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
        if (change.kind != drift::SchemaChangeKind::ConstraintNarrowed || !change.breaking) {
            continue;
        }
        out.add(model::field_target(change.schema, change.field), change.location,
                drift::explain(change, ctx.base_label),
                "keep the old bound for reading and enforce the new one on writers only, or bump the schema version "
                "and migrate stored data");
    }
}
} // namespace

const Rule k_axg408{"AXG408",
                    "constraint-narrowed",
                    model::Severity::High,
                    "validation",
                    "a range or max length narrowed: data already written may no longer validate",
                    &run};

} // namespace axg::rules
