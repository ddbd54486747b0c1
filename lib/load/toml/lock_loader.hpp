#pragma once
// appexguard.lock -> model::EntitlementSnapshot, every key and value with its file:line.

#include <optional>
#include <string>
#include <string_view>

#include "model/entitlement_lock.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

// The lock beside a contract: "dir/appexguard.lock" for "dir/appexguard.toml".
std::string lock_path_for(std::string_view contract_path);

// `path` names the file in messages. nullopt when any error was reported.
std::optional<model::EntitlementSnapshot> parse_lock(std::string_view text, std::string_view path,
                                                     util::Diagnostics& diagnostics);

// Reads the lock at `path` into `lock`, naming it `name` in locations and messages (as the loader names the contract,
// LoadOptions::display_name). A missing file leaves `lock` empty and is no error; false when the file exists but
// cannot be read or parsed.
bool read_lock(const std::string& path, std::string_view name, std::optional<model::EntitlementSnapshot>& lock,
               util::Diagnostics& diagnostics);

} // namespace axg::load
