#pragma once
// Xcode's project.pbxproj: an OpenStep (ASCII) property list. Hand-written because no Debian package parses this
// format with source positions (libplist 2.2 has no OpenStep reader at all). See docs/xcode-projects.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.hpp"

namespace axg::load {

inline constexpr int k_max_pbxproj_depth = 256;

// One value of an OpenStep plist, with the line and column (1-based, in bytes) of its first character.
struct PbxValue {
    enum class Kind { String, Data, Array, Dict };

    Kind kind = Kind::String;
    std::string text;              // String: the unescaped text; Data: the raw bytes
    std::vector<std::string> keys; // Dict: keys, parallel to `items`
    std::vector<PbxValue> items;   // Array elements or Dict values, in file order
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    bool is_string() const { return kind == Kind::String; }
    bool is_array() const { return kind == Kind::Array; }
    bool is_dict() const { return kind == Kind::Dict; }
    // Dict lookup (linear; the last duplicate wins); nullptr when absent or not a dict.
    const PbxValue* find(std::string_view key) const;
    // The string at `key`, or "" when absent or not a string.
    std::string_view string_at(std::string_view key) const;
};

// Parses the whole text. On malformed input, reports one located diagnostic and returns nullopt.
// Never recurses deeper than k_max_pbxproj_depth; refuses input over util::max_input_bytes().
std::optional<PbxValue> parse_pbxproj(std::string_view text, std::string_view path_for_messages,
                                      util::Diagnostics& diagnostics);

} // namespace axg::load
