// AXG208 darwin-notification-payload: a Darwin notification declared to carry data, or whose
// receiver acts on it without re-reading authenticated state. Any process can post one; the OS
// drops userInfo, so it can only ever be a doorbell.

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    for (const auto& [id, channel] : ctx.model.contract.channels) {
        if (channel.transport != model::Transport::DarwinNotification) {
            continue;
        }
        if (channel.payload) {
            out.add(model::channel_target(id), channel.at("payload"),
                    "Darwin notification \"" + id +
                        "\" is declared to carry data, but the OS delivers no payload "
                        "and any process can post it",
                    "set payload = false and put the data in an authenticated store the receiver re-reads");
        }
        if (!channel.rereads_state) {
            out.add(model::channel_target(id), channel.at("rereads_state"),
                    "the receivers of Darwin notification \"" + id +
                        "\" act on it without re-reading authenticated state, so any process can trigger them",
                    "treat it as a doorbell: re-read the store and set rereads_state = true");
        }
    }
}
} // namespace

const Rule k_axg208{"AXG208",
                    "darwin-notification-payload",
                    model::Severity::Medium,
                    "authentication",
                    "A Darwin notification trusted to carry data or to trigger an action",
                    &run};

} // namespace axg::rules
