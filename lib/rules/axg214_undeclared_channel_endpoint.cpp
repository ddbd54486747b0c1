// AXG214 undeclared-channel-endpoint: a channel through a store names a sender or receiver that is
// not a member of that store (or a sender that is only a reader): the contract's deny-by-default
// membership and its channels disagree.

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        const model::Store* store = contract.store(channel.store);
        if (!store) {
            continue;
        }
        if (!model::is_external(channel.from) && !model::is_writer(*store, channel.from)) {
            bool member = model::is_member(*store, channel.from);
            out.add(model::channel_target(id), channel.at("from"),
                    "channel \"" + id + "\" is sent by \"" + channel.from + "\", which " +
                        (member ? "only reads" : "is not a member of") + " store \"" + channel.store + "\"",
                    member ? "remove \"" + channel.from + "\" from the store's read_only"
                           : "add \"" + channel.from + "\" to the members of store \"" + channel.store +
                                 "\", or correct the channel's sender");
        }
        for (const auto& to : channel.to) {
            if (model::is_external(to) || model::is_member(*store, to)) {
                continue;
            }
            out.add(model::channel_target(id), channel.at("to"),
                    "channel \"" + id + "\" is received by \"" + to + "\", which is not a member of store \"" +
                        channel.store + "\"",
                    "add \"" + to + "\" to the members of store \"" + channel.store +
                        "\", or correct the channel's receivers");
        }
    }
}
} // namespace

const Rule k_axg214{"AXG214",
                    "undeclared-channel-endpoint",
                    model::Severity::High,
                    "explicit-channels",
                    "A channel endpoint that is not a member of the channel's store",
                    &run};

} // namespace axg::rules
