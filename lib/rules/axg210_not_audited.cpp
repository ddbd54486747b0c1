// AXG210 not-audited: a channel whose classification the policy requires to be audited does not
// declare audit = true, so a misuse leaves no trace to investigate. Channels through a store of records
// (role = "record": a keychain group by default) are exempt: a member reads a record through the OS
// (the keychain, a file) and no message passes that a receiver could log; what guards records is their
// protection and who may read them (AXG211, AXG101/AXG102, AXG502).

#include "analysis/analysis.hpp"
#include "model/data_role.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        auto classification = ctx.analysis.index().classification(channel);
        if (!channel.payload || channel.audit || !ctx.policy.requirements(classification).audit ||
            model::holds_records(contract, channel)) {
            continue;
        }
        out.add(model::channel_target(id), channel.at("audit"),
                "channel \"" + id + "\" carries " + std::string(model::classification_name(classification)) +
                    " data and is not audited",
                "log each message's structure (sender, schema, size, outcome; never its content) and set audit = "
                "true");
    }
}
} // namespace

const Rule k_axg210{"AXG210", "not-audited", model::Severity::Low, "audit", "A sensitive channel without audit", &run};

} // namespace axg::rules
