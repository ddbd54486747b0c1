// AXG206 missing-boundary-validation: a channel's receivers do not validate what they receive
// (validation is not "receiver" or "both"). Every channel crosses a process boundary, and
// sender-side validation protects nothing once the sender is compromised. A public entry point needs it
// whatever its data: anyone can send anything on it.

#include "analysis/analysis.hpp"
#include "model/entry_point.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        auto classification = ctx.analysis.index().classification(channel);
        if (!channel.payload || channel.validation == model::Validation::Unknown ||
            model::receiver_validates(channel.validation) ||
            !(ctx.policy.requirements(classification).validation || model::is_public_entry_point(channel))) {
            continue;
        }
        bool internal_receiver = false;
        for (const auto& to : channel.to) {
            internal_receiver = internal_receiver || !model::is_external(to);
        }
        if (!internal_receiver) {
            continue;
        }
        out.add(model::channel_target(id), channel.at("validation"),
                "the receivers of channel \"" + id + "\" do not validate its messages (validation = \"" +
                    std::string(model::validation_name(channel.validation)) + "\")",
                "validate every message against its schema in the receiver and set validation = \"receiver\" or "
                "\"both\"");
    }
}
} // namespace

const Rule k_axg206{"AXG206",
                    "missing-boundary-validation",
                    model::Severity::Medium,
                    "validation",
                    "Receivers that do not validate what crosses the boundary",
                    &run};

} // namespace axg::rules
