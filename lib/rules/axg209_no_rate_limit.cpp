// AXG209 no-rate-limit: a channel from a less-trusted sender (another app, the web, an extension
// that processes outside input) into a more-trusted receiver, with neither a rate limit nor a
// bounded queue: the sender can flood the receiver. On a public entry point (model/entry_point.hpp)
// only where a delivery costs something (`effect` other than "none"): opening a URL again only redraws.

#include "model/entry_point.hpp"
#include "model/extension_points.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
bool processes_external_input(const model::Contract& contract, const std::string& endpoint) {
    if (model::is_external(endpoint)) {
        return true;
    }
    const model::Component* c = contract.component(endpoint);
    const model::ExtensionPointInfo* point = c ? model::find_extension_point(c->extension_point) : nullptr;
    return point && point->external_input;
}

void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        if (channel.rate_limit || channel.queue) {
            continue;
        }
        if (model::is_public_entry_point(channel)) {
            if (!model::costs_on_delivery(channel)) {
                continue;
            }
            out.add(model::channel_target(id), channel.at("effect"),
                    "channel \"" + id + "\" is a public entry point and every delivery " +
                        std::string(model::effect_phrase(channel.effect)) + " (effect = \"" +
                        std::string(model::effect_name(channel.effect)) +
                        "\"), with no rate limit or queue: any app or page can repeat it at will",
                    "throttle it in the receiver (coalesce repeats, cap how often it acts) and declare rate_limit, as "
                    "in \"10/min\"");
            continue;
        }
        model::Trust sender = model::endpoint_trust(contract, channel.from);
        const std::string* flooded = nullptr;
        for (const auto& to : channel.to) {
            if (model::is_external(to)) {
                continue;
            }
            if (model::endpoint_trust(contract, to) > sender || processes_external_input(contract, channel.from)) {
                flooded = &to;
                break;
            }
        }
        if (!flooded) {
            continue;
        }
        out.add(model::channel_target(id), channel.location,
                "channel \"" + id + "\" lets the " + std::string(model::trust_name(sender)) + "-trust sender \"" +
                    channel.from + "\" deliver to \"" + *flooded + "\" with no rate limit or queue",
                "declare rate_limit (as in \"30/min\") or a bounded queue, and enforce it in the receiver");
    }
}
} // namespace

const Rule k_axg209{"AXG209",
                    "no-rate-limit",
                    model::Severity::Medium,
                    "abuse-resistance",
                    "A less-trusted sender with no rate limit or queue",
                    &run};

} // namespace axg::rules
