// AXG414 security-control-weakened: a channel's auth, encryption, key storage, validation, token
// lifetime, retention, rate limit or audit, or a store's protection or retention, got weaker
// since the base.

#include "analysis/analysis.hpp"
#include "drift/control_diff.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    if (!ctx.base) {
        return;
    }
    for (const auto& change : ctx.analysis.control_changes()) {
        if (change.kind == drift::ControlChange::Kind::ControlWeakened) {
            out.add(change.target, change.location,
                    change.target + ": " + change.detail + " since " + ctx.base_label + " (weaker)",
                    "restore the stronger control, or have a security reviewer accept the change with a "
                    "suppression that gives the reason");
        }
    }
}
} // namespace

const Rule k_axg414{"AXG414",
                    "security-control-weakened",
                    model::Severity::High,
                    "governance",
                    "a channel's or store's security control got weaker since the base",
                    &run,
                    Needs::Base};

} // namespace axg::rules
