// AXG503 trust-boundary-crossing-unauthenticated: a flow goes from a less trusted sender to a more
// trusted receiver and the receiver cannot tell who sent it. Exempt: bare signals whose receiver
// re-reads authenticated state, and public entry points (url-scheme, universal-link, extension
// context: model/entry_point.hpp), which anyone may open by design and no sender can authenticate
// on; what they need instead — receiver validation, no sensitive payload, a rate limit where an
// open costs something — AXG206, AXG202 and AXG209 ask for.

#include "analysis/analysis.hpp"
#include "model/controls.hpp"
#include "model/entry_point.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
bool exempt(const model::Channel& channel) {
    if (model::is_authenticated(channel.auth) || model::is_public_entry_point(channel)) {
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
            out.add(model::channel_target(id), channel.at("auth"),
                    "channel \"" + id + "\" carries " +
                        std::string(model::classification_name(
                            ctx.analysis.index().channel_classification(id))) +
                        " data from \"" +
                        channel.from + "\" (" + std::string(model::trust_name(sender->trust)) + " trust) to \"" +
                        receiver_id + "\" (" + std::string(model::trust_name(receiver->trust)) +
                        " trust) without authenticating the sender",
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
