// AXG412 channel-removed: a channel the base declared is gone. Informational: check that its
// stored data, entitlements and receivers went with it.

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
        if (change.kind == drift::ControlChange::Kind::ChannelRemoved) {
            out.add(change.target, change.location,
                    change.target + " removed since " + ctx.base_label + " (" + change.detail + ")",
                    "remove what only it needed: its store's data, entitlements and receiver code");
        }
    }
}
} // namespace

const Rule k_axg412{
    "AXG412", "channel-removed", model::Severity::Info, "governance", "a channel removed since the base",
    &run,     Needs::Base};

} // namespace axg::rules
