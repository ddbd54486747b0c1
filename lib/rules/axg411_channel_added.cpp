// AXG411 channel-added: a channel that the base did not declare: a new IPC surface that a
// security reviewer should look at before it ships.

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
        if (change.kind == drift::ControlChange::Kind::ChannelAdded) {
            out.add(change.target, change.location,
                    "new IPC surface since " + ctx.base_label + ": " + change.target + " (" + change.detail + ")",
                    "have a security reviewer check its sender, receivers and controls");
        }
    }
}
} // namespace

const Rule k_axg411{"AXG411",
                    "channel-added",
                    model::Severity::Low,
                    "governance",
                    "a channel added since the base: a new IPC surface to review",
                    &run,
                    Needs::Base};

} // namespace axg::rules
