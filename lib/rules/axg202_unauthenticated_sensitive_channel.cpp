// AXG202 unauthenticated-sensitive-channel: a channel whose classification the policy requires to
// be authenticated declares auth = "none": the receiver cannot tell its sender from any other writer.
// On a public entry point (model/entry_point.hpp) no sender can authenticate, so there the finding is
// the sensitive payload itself, whatever `auth` says: it must become an opaque reference. Where the policy
// forbids the transport for that data, AXG201 reports it instead (one finding for one problem). A share or
// action extension's input is what the user picked to share: its sensitivity is the user's call.

#include "analysis/analysis.hpp"
#include "model/entry_point.hpp"
#include "model/payload_exposure.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        auto classification = ctx.analysis.index().classification(channel);
        bool public_entry = model::is_public_entry_point(channel);
        if (!channel.payload || (channel.auth != model::Auth::None && !public_entry) ||
            !ctx.policy.requirements(classification).auth) {
            continue;
        }
        if (public_entry && (ctx.policy.requirements(classification).forbidden_transports.count(channel.transport) ||
                             model::user_picked_payload(model::transport_facts(channel.transport)))) {
            continue; // AXG201 already reports it with the same fix; or the user picked what to hand over
        }
        if (public_entry) {
            out.add(model::channel_target(id), channel.at("classification"),
                    "channel \"" + id +
                        "\" is a public entry point (any app or page can open it, and the receiver "
                        "cannot tell who did) and carries " +
                        std::string(model::classification_name(classification)) + " data",
                    "send only an opaque reference (an id the receiver resolves in its own store) and keep the " +
                        std::string(model::classification_name(classification)) + " data out of \"" + id + "\"");
            continue;
        }
        out.add(model::channel_target(id), channel.at("auth"),
                "channel \"" + id + "\" carries " + std::string(model::classification_name(classification)) +
                    " data without authentication (auth = \"none\")",
                "authenticate the sender: auth = \"token\" or \"mutual-token\" with a short token_ttl");
    }
}
} // namespace

const Rule k_axg202{"AXG202",         "unauthenticated-sensitive-channel",          model::Severity::High,
                    "authentication", "A sensitive channel without authentication", &run};

} // namespace axg::rules
