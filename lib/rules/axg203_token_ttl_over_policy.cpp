// AXG203 token-ttl-over-policy: a token-authenticated channel whose token lives longer than the
// policy allows, declares no lifetime, or does not rotate where the policy requires rotation.

#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/duration.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& max = ctx.policy.max_token_ttl;
    for (const auto& [id, channel] : ctx.model.contract.channels) {
        if (channel.auth != model::Auth::Token && channel.auth != model::Auth::MutualToken) {
            continue;
        }
        const std::string limit = max ? util::format_duration(*max) : std::string();
        if (!channel.token_ttl) {
            out.add(model::channel_target(id), channel.at("auth"),
                    "channel \"" + id + "\" uses tokens but declares no token_ttl, so they may never expire",
                    "declare token_ttl" + (max ? " of at most " + limit : std::string()));
        } else if (max && *channel.token_ttl > *max) {
            out.add(model::channel_target(id), channel.at("token_ttl"),
                    "channel \"" + id + "\" accepts tokens for " + util::format_duration(*channel.token_ttl) +
                        ", longer than the " + limit + " policy \"" + ctx.policy.name + "\" allows",
                    "set token_ttl to " + limit + " or less");
        }
        if (ctx.policy.token_rotation && !channel.token_rotation) {
            out.add(model::channel_target(id), channel.at("token_rotation"),
                    "channel \"" + id + "\" does not rotate its tokens, which policy \"" + ctx.policy.name +
                        "\" requires",
                    "rotate the token on each use or expiry and set token_rotation = true");
        }
    }
}
} // namespace

const Rule k_axg203{"AXG203",
                    "token-ttl-over-policy",
                    model::Severity::Medium,
                    "authentication",
                    "A token lifetime above the policy maximum, missing, or without required rotation",
                    &run};

} // namespace axg::rules
