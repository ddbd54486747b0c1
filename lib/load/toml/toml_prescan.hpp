#pragma once
// What toml++ 3.3 (Debian 12) must not be given, found in one linear pass before it sees the text
// (docs/security.md, "TOML"):
//  - nesting: toml++ builds, walks and destroys its tree recursively and bounds only nested arrays and inline
//    tables (at 256, more than a sanitizer build's stack holds); thousands of dotted-key or table-header segments
//    overflow the stack (upstream fixed that in 3.4, TOML_MAX_DOTTED_KEYS_DEPTH). No contract, policy or lock
//    nests more than a few levels.
//  - a table header that does not start with a key ("[=", "[[[", "[#"): parse_key() is then called against its
//    precondition, an assertion in a debug build and undefined behaviour in a release one (upstream PR #301).
//  - a non-ASCII character where toml++ tests for whitespace: its generated whitespace table has no case for
//    U+00A1..U+0499 and U+2C8E..U+3087 and reaches __builtin_unreachable() (undefined behaviour). That is every
//    non-ASCII character outside strings and comments (invalid TOML anyway: bare keys are ASCII), one right after
//    a backslash in a multi-line basic string, and the first one after a line-ending backslash there.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace axg::load {

// Every table-header segment, dotted-key segment, array of tables, array and inline table counts one level.
inline constexpr int k_max_toml_depth = 32;

struct TomlHazard {
    std::uint32_t line = 0;   // 1-based
    std::uint32_t column = 0; // 1-based, in code points (as toml++ counts)
    std::string message;      // a sentence for the diagnostic
};

// The first hazard in `text`, or nullopt. Strings and comments are skipped as TOML defines them; nothing else of
// the syntax is validated (toml++ does that), and on malformed text the nesting count only ever comes out higher.
std::optional<TomlHazard> find_toml_hazard(std::string_view text);

} // namespace axg::load
