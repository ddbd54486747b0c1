#pragma once
// What appexguard knows about each iOS extension point, as data (docs/extension-points.md):
// how far its input can be trusted, which entitlements it plausibly needs or never needs, and its
// sandbox restrictions. Used by AXG105, AXG106, AXG209 and the threat graph's trust levels.

#include <span>
#include <string_view>

#include "model/contract.hpp"

namespace axg::model {

// Higher is more trusted. An extension that processes input from outside the team (any host app's
// share sheet, a keyboard's text, the network) is less trusted than the host app.
enum class Trust { External = 0, Low = 1, Medium = 2, High = 3 };

std::string_view trust_name(Trust trust);

struct ExtensionPointInfo {
    std::string_view identifier;                              // NSExtensionPointIdentifier
    std::string_view display_name;                            // "Share", "Custom keyboard", …
    Trust trust;                                              // trust level of a component of this extension point
    bool external_input;                                      // processes data from outside the team
    std::span<const std::string_view> plausible_entitlements; // keys it may well need
    std::span<const std::string_view> never_entitlements;     // keys it never needs (AXG105)
    std::string_view restrictions;                            // sandbox facts, one sentence
};

// Every known extension point, sorted by identifier.
std::span<const ExtensionPointInfo> extension_points();
const ExtensionPointInfo* find_extension_point(std::string_view identifier);

// The trust level of a component: High for apps, the extension point's for extensions, Low for
// an unknown extension point.
Trust component_trust(const Component& component);

} // namespace axg::model
