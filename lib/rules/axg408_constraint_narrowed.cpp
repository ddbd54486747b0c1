// AXG408 constraint-narrowed: a range or max length narrowed: data already written may no longer validate
// (docs/rules/AXG408.md).

#include "rules/registry.hpp"
#include "rules/schema_change_report.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    report_schema_changes(ctx, out, {drift::SchemaChangeKind::ConstraintNarrowed},
                          "keep the old bound for reading and enforce the new one on writers only");
}
} // namespace

const Rule k_axg408{"AXG408",
                    "constraint-narrowed",
                    model::Severity::High,
                    "validation",
                    "a range or max length narrowed: data already written may no longer validate",
                    &run,
                    Needs::Base};

} // namespace axg::rules
