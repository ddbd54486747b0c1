// AXG406 enum-value-removed: an enum value removed while stored or in-flight data may still hold it
// (docs/rules/AXG406.md).

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
        if (change.kind != drift::SchemaChangeKind::EnumValueRemoved || !change.breaking) {
            continue;
        }
        out.add(model::field_target(change.schema, change.field), change.location,
                drift::explain(change, ctx.base_label),
                "keep accepting the value (map it to its replacement on read), or bump the schema version and migrate "
                "stored data");
    }
}
} // namespace

const Rule k_axg406{"AXG406",
                    "enum-value-removed",
                    model::Severity::High,
                    "validation",
                    "an enum value removed while stored or in-flight data may still hold it",
                    &run};

} // namespace axg::rules
