#pragma once
// Property lists (.entitlements, Info.plist) in XML or binary form, into a located value tree.

#include <optional>
#include <string_view>

#include "model/plist.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

// XML plists keep line:column for every key and value; binary plists locate only the file.
// Errors go to `diagnostics` with their position; the result is nullopt when any occurred.
std::optional<model::PlistValue> parse_plist(std::string_view data, std::string_view path,
                                             util::Diagnostics& diagnostics);

std::optional<model::PlistValue> parse_xml_plist(std::string_view data, std::string_view path,
                                                 util::Diagnostics& diagnostics);
std::optional<model::PlistValue> parse_binary_plist(std::string_view data, std::string_view path,
                                                    util::Diagnostics& diagnostics);

bool is_binary_plist(std::string_view data);

// Values nested deeper than this are refused (a hostile file must not exhaust the stack).
inline constexpr int k_max_plist_depth = 128;

} // namespace axg::load
