#pragma once
// How deeply a TOML text nests, measured before toml++ sees it. toml++ 3.3 (Debian 12) builds, walks and destroys
// its tree recursively and bounds only nested arrays and inline tables (at 256, more than a sanitizer build's stack
// holds); thousands of dotted-key or table-header segments overflow the stack (upstream fixed that in 3.4 with
// TOML_MAX_DOTTED_KEYS_DEPTH). No contract, policy or lock nests more than a few levels, so a deep text is refused
// with a located error instead (docs/security.md).

#include <cstdint>
#include <optional>
#include <string_view>

namespace axg::load {

// Every table-header segment, dotted-key segment, array of tables, array and inline table counts one level.
inline constexpr int k_max_toml_depth = 32;

struct TomlDepthError {
    std::uint32_t line = 0;   // 1-based
    std::uint32_t column = 0; // 1-based, in code points (as toml++ counts)
    int depth = 0;            // the depth reached there (k_max_toml_depth + 1)
};

// The first place where `text` nests deeper than k_max_toml_depth, or nullopt. One linear pass that skips
// strings and comments; it does not validate the syntax (toml++ does), and on malformed text it only ever counts
// more levels, never fewer.
std::optional<TomlDepthError> find_toml_too_deep(std::string_view text);

} // namespace axg::load
