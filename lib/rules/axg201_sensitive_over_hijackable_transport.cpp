// AXG201 sensitive-over-hijackable-transport: data of a classification over a transport the policy
// forbids for it: by default, personal data and above never travel over a custom URL scheme or
// the general pasteboard, which another app can claim or read.

#include "analysis/analysis.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        auto classification = ctx.analysis.index().classification(channel);
        const auto& required = ctx.policy.requirements(classification);
        if (!channel.payload || !required.forbidden_transports.count(channel.transport)) {
            continue;
        }
        const auto& facts = model::transport_facts(channel.transport);
        out.add(model::channel_target(id), channel.at("transport"),
                "channel \"" + id + "\" carries " + std::string(model::classification_name(classification)) +
                    " data over " + std::string(facts.name) +
                    (facts.hijackable ? ", which another app can intercept" : "") + " (policy \"" + ctx.policy.name +
                    "\" forbids it)",
                "move the data to an app-group file or keychain item and send only an opaque reference over " +
                    std::string(facts.name));
    }
}
} // namespace

const Rule k_axg201{"AXG201",
                    "sensitive-over-hijackable-transport",
                    model::Severity::High,
                    "explicit-channels",
                    "Sensitive data over a transport the policy forbids for it (URL scheme, pasteboard)",
                    &run};

} // namespace axg::rules
