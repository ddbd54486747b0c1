// AXG415 constraint-widened: a range or max length widened or lifted: older readers reject the new values
// (docs/rules/AXG415.md).

#include "rules/registry.hpp"
#include "rules/schema_change_report.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    report_schema_changes(ctx, out, {drift::SchemaChangeKind::ConstraintWidened},
                          "ship readers that accept the wider bound before writers use it");
}
} // namespace

const Rule k_axg415{"AXG415",
                    "constraint-widened",
                    model::Severity::Medium,
                    "validation",
                    "a range or max length widened or lifted: older readers reject the new values",
                    &run,
                    Needs::Base};

} // namespace axg::rules
