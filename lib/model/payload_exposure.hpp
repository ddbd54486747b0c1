#pragma once
// Who can see a channel's payload besides its endpoints, from the transport's facts (docs/transports.md):
// whether encrypting it protects anything, and whether its sensitivity is the sender's choice.

#include "model/transport.hpp"

namespace axg::model {

// The payload passes only from process to process through the kernel: it rests nowhere (no shared file,
// no pasteboard), no other app can receive it and no service off the device reads it (xpc, native
// messaging, extension context). Encrypting it there protects nothing the OS does not (AXG204, the
// `encryption` mitigation of disclosed-message).
bool in_memory_private(const TransportFacts& facts);

// The payload is what the user picked to hand over (a share or action extension's input items): its
// sensitivity is the user's decision, not a design flaw of the receiver, and no other app receives it.
bool user_picked_payload(const TransportFacts& facts);

} // namespace axg::model
