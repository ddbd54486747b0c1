#include "rules/schema_change_report.hpp"

#include <algorithm>

#include "analysis/analysis.hpp"
#include "drift/schema_migration.hpp"
#include "model/queries.hpp"

namespace axg::rules {

void report_schema_changes(const RuleContext& ctx, Findings& out, std::initializer_list<drift::SchemaChangeKind> kinds,
                           std::string_view keep) {
    if (!ctx.base) {
        return;
    }
    for (const auto& change : ctx.analysis.schema_changes()) {
        if (!change.unmigrated() || std::find(kinds.begin(), kinds.end(), change.kind) == kinds.end()) {
            continue;
        }
        out.add(model::field_target(change.schema, change.field), change.location,
                drift::explain(change, ctx.base_label), drift::migration_fix(change, keep));
    }
}

} // namespace axg::rules
