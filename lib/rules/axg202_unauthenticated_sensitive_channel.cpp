// AXG202 unauthenticated-sensitive-channel: a channel whose classification the policy requires to
// be authenticated declares auth = "none": the receiver cannot tell its sender from any other writer.

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        auto classification = model::effective_classification(contract, channel);
        if (!channel.payload || channel.auth != model::Auth::None || !ctx.policy.requirements(classification).auth) {
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
