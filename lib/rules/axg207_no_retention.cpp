// AXG207 no-retention: data that stays at rest after delivery (app-group files, shared defaults,
// keychain items, pasteboards) with no retention on the channel or its store, or a retention longer
// than the policy allows for its classification. Records are exempt: a store with role = "record" (a
// vault, the account database; every keychain group unless it says otherwise) keeps its data by design
// (model/data_role.hpp).

#include "analysis/analysis.hpp"
#include "model/data_role.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/duration.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        if (!channel.payload || !model::transport_facts(channel.transport).at_rest ||
            model::holds_records(contract, channel)) {
            continue;
        }
        auto classification = ctx.analysis.index().classification(channel);
        const auto& required = ctx.policy.requirements(classification);
        const model::Store* store = contract.store(channel.store);
        auto retention = channel.retention ? channel.retention : store ? store->retention : std::nullopt;
        std::string name(model::classification_name(classification));
        if (!retention) {
            if (required.retention) {
                out.add(model::channel_target(id), channel.location,
                        "channel \"" + id + "\" leaves " + name + " data at rest with no retention on it or its store",
                        "declare retention (how long the data may stay) and delete it after that" +
                            std::string(required.max_retention
                                            ? ", at most " + util::format_duration(*required.max_retention)
                                            : ""));
            }
        } else if (required.max_retention && *retention > *required.max_retention) {
            out.add(model::channel_target(id), channel.retention ? channel.at("retention") : store->at("retention"),
                    "channel \"" + id + "\" keeps " + name + " data for " + util::format_duration(*retention) +
                        ", longer than the " + util::format_duration(*required.max_retention) + " policy \"" +
                        ctx.policy.name + "\" allows",
                    "set the channel's retention to " + util::format_duration(*required.max_retention) + " or less");
        }
    }
}
} // namespace

const Rule k_axg207{"AXG207",
                    "no-retention",
                    model::Severity::Medium,
                    "minimisation",
                    "Shared data at rest with no retention, or longer than the policy allows",
                    &run};

} // namespace axg::rules
