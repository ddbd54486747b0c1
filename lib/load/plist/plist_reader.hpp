#pragma once
// Property lists (.entitlements, Info.plist) in XML or binary form, into a located value tree.

#include <cstdint>
#include <optional>
#include <string_view>

#include "model/plist.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

// XML plists keep line:column for every key and value; binary plists locate only the file, and their errors
// name a byte offset.
// Errors go to `diagnostics` with their position; the result is nullopt when any occurred.
std::optional<model::PlistValue> parse_plist(std::string_view data, std::string_view path,
                                             util::Diagnostics& diagnostics);

std::optional<model::PlistValue> parse_xml_plist(std::string_view data, std::string_view path,
                                                 util::Diagnostics& diagnostics);
std::optional<model::PlistValue> parse_binary_plist(std::string_view data, std::string_view path,
                                                    util::Diagnostics& diagnostics);

bool is_binary_plist(std::string_view data);

// Limits on hostile input (docs/security.md), the same for both formats. Values nested deeper than this are
// refused (a file must not exhaust the stack).
inline constexpr int k_max_plist_depth = 128;
// Values and keys in one file, every shared binary object counted each time it is referenced: no manifest holds
// more than a few thousand, and a 244-byte binary file of shared arrays would otherwise expand to gigabytes.
inline constexpr std::uint64_t k_max_plist_values = 100'000;
// Bytes of strings, keys and data, counted the same way (the size limit on input files).
inline constexpr std::uint64_t k_max_plist_expanded_bytes = 16u * 1024u * 1024u;

} // namespace axg::load
