#include "model/channel_endpoints.hpp"

#include <algorithm>
#include <vector>

#include "util/text.hpp"

namespace axg::model {

namespace {
bool listed(std::span<const std::string_view> names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string quoted(std::span<const std::string_view> names) {
    return util::quoted_list(std::vector<std::string>(names.begin(), names.end()));
}

std::string_view component_kind(const Component& component) {
    return component.kind == ComponentKind::App ? std::string_view("app") : std::string_view(component.extension_point);
}

// `role` is "sender" or "receiver".
std::string refusal(const Contract& contract, const TransportFacts& facts, std::string_view endpoint,
                    std::span<const std::string_view> actors, std::span<const std::string_view> components,
                    std::string_view role) {
    std::string on = "transport \"" + std::string(facts.name) + "\"";
    if (is_external(endpoint)) {
        if (listed(actors, endpoint)) {
            return "";
        }
        return actors.empty() ? on + " admits no external " + std::string(role)
                              : on + " admits as external " + std::string(role) + " only " + quoted(actors);
    }
    const Component* component = contract.component(endpoint);
    if (!component || components.empty() || listed(components, component_kind(*component))) {
        return "";
    }
    std::vector<std::string> points;
    bool app = false;
    for (std::string_view kind : components) {
        if (kind == "app") {
            app = true;
        } else {
            points.emplace_back(kind);
        }
    }
    std::string extensions = points.empty() ? "" : "extensions of extension point " + util::quoted_list(points);
    return on + " admits as " + std::string(role) + " only " + (app ? "the host app" : "") +
           (app && !points.empty() ? " and " : "") + extensions;
}
} // namespace

std::string sender_refusal(const Contract& contract, const Channel& channel) {
    const auto& facts = transport_facts(channel.transport);
    if (!facts.components_send && !is_external(channel.from)) {
        return "transport \"" + std::string(facts.name) + "\" is sent only by " + quoted(facts.external_senders) +
               ", never by a component";
    }
    return refusal(contract, facts, channel.from, facts.external_senders, facts.component_senders, "sender");
}

std::string receiver_refusal(const Contract& contract, const Channel& channel, std::string_view receiver) {
    const auto& facts = transport_facts(channel.transport);
    if (is_external(channel.from) && is_external(receiver)) {
        return "both ends are external actors; a channel has a component of the contract at one end at least";
    }
    if (facts.external_peer && !is_external(channel.from) && !is_external(receiver)) {
        return "one end of transport \"" + std::string(facts.name) + "\" is always " +
               quoted(facts.external_receivers) + ", never two components";
    }
    return refusal(contract, facts, receiver, facts.external_receivers, facts.component_receivers, "receiver");
}

} // namespace axg::model
