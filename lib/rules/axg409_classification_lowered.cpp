// AXG409 classification-lowered: a schema field, channel or store declared less sensitive than at the
// base: every control keyed on sensitivity (encryption, auth, audit) silently stops applying.

#include "analysis/analysis.hpp"
#include "drift/control_diff.hpp"
#include "drift/schema_diff.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    if (!ctx.base) {
        return;
    }
    const std::string fix = "restore the classification unless the data really changed; a security reviewer should "
                            "confirm a lowered classification";
    for (const auto& change : ctx.analysis.schema_changes()) {
        if (change.kind == drift::SchemaChangeKind::ClassificationLowered) {
            out.add(model::field_target(change.schema, change.field), change.location,
                    drift::explain(change, ctx.base_label) + ": rules keyed on sensitive data no longer apply", fix);
        }
    }
    for (const auto& change : ctx.analysis.control_changes()) {
        if (change.kind == drift::ControlChange::Kind::ClassificationLowered) {
            out.add(change.target, change.location,
                    change.target + ": " + change.detail + " since " + ctx.base_label +
                        ": rules keyed on sensitive data no longer apply",
                    fix);
        }
    }
}
} // namespace

const Rule k_axg409{"AXG409",
                    "classification-lowered",
                    model::Severity::High,
                    "governance",
                    "a field, channel or store lost classification since the base (a security regression)",
                    &run,
                    Needs::Base};

} // namespace axg::rules
