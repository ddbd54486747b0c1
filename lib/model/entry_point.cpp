#include "model/entry_point.hpp"

#include "model/contract.hpp"
#include "model/enum_table.hpp"

namespace axg::model {

namespace {
constexpr EnumEntry<Effect> k_effects[] = {
    {Effect::None, "none"},
    {Effect::Writes, "writes"},
    {Effect::Network, "network"},
    {Effect::Prompt, "prompt"},
};
} // namespace

std::string_view effect_name(Effect value) {
    return enum_name(k_effects, value);
}
std::optional<Effect> parse_effect(std::string_view name) {
    return enum_parse(k_effects, name);
}
std::vector<std::string> effect_names() {
    return enum_names(k_effects);
}

std::string_view effect_phrase(Effect value) {
    switch (value) {
    case Effect::None: return "only navigates or displays";
    case Effect::Writes: return "changes stored state";
    case Effect::Network: return "starts network work";
    case Effect::Prompt: return "interrupts the user with a prompt";
    }
    return "";
}

bool is_public_entry_transport(const TransportFacts& facts) {
    return facts.senders == SenderReach::AnyApp && facts.sender_identity == SenderIdentity::None;
}

bool is_public_entry_point(const Channel& channel) {
    return is_public_entry_transport(transport_facts(channel.transport));
}

bool costs_on_delivery(const Channel& channel) {
    return channel.effect != Effect::None;
}

} // namespace axg::model
