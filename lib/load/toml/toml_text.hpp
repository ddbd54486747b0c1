#pragma once
// Writing TOML text: the one quoter for strings and keys, used by every file appexguard writes in TOML
// (contracts from `init`, the entitlement lock).

#include <string>
#include <string_view>

namespace axg::load {

// A TOML basic string, quotes included, with every control character, C1 control and bidi formatting character
// escaped (the file reads as what it holds); what appexguard's reader refuses (a NUL, bytes that are not UTF-8)
// is written as U+FFFD, so that every file it writes loads.
std::string toml_string(std::string_view text);
// A TOML key: bare when it is only A-Za-z0-9_-, quoted otherwise.
std::string toml_key(std::string_view key);

} // namespace axg::load
