#pragma once
// Public entry points: channels on a transport through which any app or web page can deliver to the
// receiver and the OS tells it nothing about the sender (url-scheme, universal-link, the items a
// share or action extension receives from its host, the general pasteboard). Their sender cannot be
// authenticated, by design, so the controls they need differ (docs/transports.md, "Public entry
// points"): the receiver validates every input, the payload carries no sensitive data (only opaque
// references the receiver resolves in its own stores), and a rate limit is needed only where a
// repeated open costs something (`effect`).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/transport.hpp"

namespace axg::model {

struct Channel;

// What the receiver does when the channel delivers, as far as a flood of deliveries costs anything.
enum class Effect {
    None,    // navigates or displays: a repeated open costs the user nothing (the default)
    Writes,  // changes stored state (adds a feed, imports an item, changes a setting)
    Network, // starts network work (fetches, subscribes, sends)
    Prompt,  // interrupts the user with a prompt, sheet or system dialog
};

std::string_view effect_name(Effect value);
std::optional<Effect> parse_effect(std::string_view name);
std::vector<std::string> effect_names();
// For messages: "changes stored state", "starts network work", …
std::string_view effect_phrase(Effect value);

// The transport lets any app deliver on it and gives the receiver no sender identity.
bool is_public_entry_transport(const TransportFacts& facts);
bool is_public_entry_point(const Channel& channel);
// A delivery costs the receiver more than a redraw: flooding it is a denial of service.
bool costs_on_delivery(const Channel& channel);

} // namespace axg::model
