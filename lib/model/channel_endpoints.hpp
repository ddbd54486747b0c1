#pragma once
// Which senders and receivers a channel's transport admits (docs/transports.md, "Endpoints"): an
// external actor only where the OS lets it reach the transport, and the components a transport is
// tied to (APNs reaches the app and its notification extensions; native messaging links a Safari
// web extension with its scripts). The contract loader refuses the rest.

#include <string>
#include <string_view>

#include "model/contract.hpp"

namespace axg::model {

// Why the channel's `from` cannot send on its transport, or "" when it can. Unknown components pass
// (the loader reports the dangling reference itself).
std::string sender_refusal(const Contract& contract, const Channel& channel);
// Why `receiver` cannot receive the channel, or "".
std::string receiver_refusal(const Contract& contract, const Channel& channel, std::string_view receiver);

} // namespace axg::model
