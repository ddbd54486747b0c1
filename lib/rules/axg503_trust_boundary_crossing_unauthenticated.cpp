// AXG503 trust-boundary-crossing-unauthenticated: a flow goes from a less trusted sender to a more
// trusted receiver and the receiver cannot tell who sent it. Exempt: bare signals whose receiver
// re-reads authenticated state, and public entry points (url-scheme, universal-link, extension
// context: model/entry_point.hpp), which anyone may open by design and no sender can authenticate
// on; what they need instead — receiver validation, no sensitive payload, a rate limit where an
// open costs something — AXG206, AXG202 and AXG209 ask for. On a store transport (app-group file,
// shared defaults, keychain item, named pasteboard) the OS lets only the store's writers put a message
// there, so the receiver is unsure of its sender only when another writer, less trusted than the
// sender, could have written it in the sender's name and be taken for it: the finding names that
// writer. Without one, a token tells the receiver nothing the entitlement does not, and what protects
// it is receiver validation (AXG206). `auth = "platform"` there claims no more than the entitlement does, so
// it passes only when no such writer exists.

#include "analysis/analysis.hpp"
#include "model/controls.hpp"
#include "model/entry_point.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
// Another writer of the channel's store, less trusted than its sender, that could write in the sender's name and
// so be taken for it; "" when there is none. (A writer trusted as much as the sender gains nothing by it.)
std::string forger(const model::Contract& contract, const model::Store& store, const model::Channel& channel,
                   const std::string& receiver) {
    model::Trust sender = model::endpoint_trust(contract, channel.from);
    for (const auto& member : store.members) {
        if (member != channel.from && member != receiver && model::is_writer(store, member) &&
            model::endpoint_trust(contract, member) < sender) {
            return member;
        }
    }
    return "";
}

// On a store transport `auth = "platform"` claims what the entitlement gives: the sender is one of the store's
// writers. It authenticates the sender only where no other, less trusted writer exists, which run() checks.
bool platform_on_store(const model::Channel& channel) {
    return channel.auth == model::Auth::Platform &&
           model::transport_facts(channel.transport).sender_identity == model::SenderIdentity::Entitlement;
}

bool exempt(const model::Channel& channel) {
    if ((model::is_authenticated(channel.auth) && !platform_on_store(channel)) ||
        model::is_public_entry_point(channel)) {
        return true;
    }
    return !channel.payload && channel.rereads_state;
}

void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    const graph::Graph& g = ctx.analysis.graph();
    for (const auto& [id, channel] : contract.channels) {
        const graph::Node* sender = g.node(graph::endpoint_node(channel.from));
        if (!sender || exempt(channel)) {
            continue;
        }
        for (const auto& receiver_id : channel.to) {
            const graph::Node* receiver = g.node(graph::endpoint_node(receiver_id));
            if (!receiver || receiver->kind != graph::NodeKind::Component || sender->trust >= receiver->trust) {
                continue;
            }
            std::string also;
            if (const model::Store* store = contract.store(channel.store);
                store &&
                model::transport_facts(channel.transport).sender_identity == model::SenderIdentity::Entitlement) {
                std::string other = forger(contract, *store, channel, receiver_id);
                if (other.empty()) {
                    continue; // the entitlement already narrows the sender to it or to someone the receiver trusts
                }
                also = ": \"" + other + "\" (" +
                       std::string(model::trust_name(model::endpoint_trust(contract, other))) +
                       " trust) also writes store \"" + channel.store + "\" and could write it in the sender's name" +
                       (platform_on_store(channel)
                            ? " (auth = \"platform\" narrows the sender only to the store's writers)"
                            : "");
            }
            out.add(model::channel_target(id), channel.at("auth"),
                    "channel \"" + id + "\" carries " +
                        std::string(model::classification_name(ctx.analysis.index().classification(channel))) +
                        " data from \"" + channel.from + "\" (" + std::string(model::trust_name(sender->trust)) +
                        " trust) to \"" + receiver_id + "\" (" + std::string(model::trust_name(receiver->trust)) +
                        " trust) without authenticating the sender" + also,
                    "authenticate the sender: auth = \"mutual-token\" (or \"token\") on \"" + id +
                        "\", with the token in a keychain group both share");
        }
    }
}
} // namespace

const Rule k_axg503{"AXG503",
                    "trust-boundary-crossing-unauthenticated",
                    model::Severity::High,
                    "authentication",
                    "A flow from a less to a more trusted component without sender authentication",
                    &run};

} // namespace axg::rules
