#pragma once
// Extensions the OS runs while the device is locked, and what that means for store protection: a
// notification service extension decrypts a push on the lock screen, so a store it reads must stay
// readable after the first unlock ("complete-until-first-user-authentication", keychain
// "after-first-unlock…"). Protection that allows this is correct, not a weakness (AXG211, AXG114;
// docs/transports.md, "Notification service extensions and the lock").

#include <optional>

#include "model/contract.hpp"

namespace axg::model {

// The protection_strength of the classes a locked-device reader can use: readable after first unlock.
inline constexpr int k_readable_while_locked = 1;

bool runs_while_locked(const Component& component);

// The strongest protection the store can have and still serve every member that runs while locked
// (k_readable_while_locked), or nullopt when no member does.
std::optional<int> locked_reader_ceiling(const Contract& contract, const Store& store);

} // namespace axg::model
