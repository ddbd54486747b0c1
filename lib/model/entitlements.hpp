#pragma once
// Entitlement keys and the values rules read from them (ios-facts.md §2).

#include <string_view>
#include <vector>

#include "model/manifest.hpp"

namespace axg::model::entitlement {

inline constexpr std::string_view k_app_groups = "com.apple.security.application-groups";
inline constexpr std::string_view k_keychain_groups = "keychain-access-groups";
inline constexpr std::string_view k_associated_domains = "com.apple.developer.associated-domains";
inline constexpr std::string_view k_get_task_allow = "get-task-allow";
inline constexpr std::string_view k_aps_environment = "aps-environment";
inline constexpr std::string_view k_default_data_protection = "com.apple.developer.default-data-protection";
inline constexpr std::string_view k_network_extension = "com.apple.developer.networking.networkextension";
inline constexpr std::string_view k_autofill_credential_provider =
    "com.apple.developer.authentication-services.autofill-credential-provider";
inline constexpr std::string_view k_siri = "com.apple.developer.siri";
inline constexpr std::string_view k_notification_filtering = "com.apple.developer.usernotifications.filtering";
inline constexpr std::string_view k_vpn_api = "com.apple.developer.networking.vpn.api";
inline constexpr std::string_view k_multicast = "com.apple.developer.networking.multicast";
inline constexpr std::string_view k_icloud_services = "com.apple.developer.icloud-services";
inline constexpr std::string_view k_applesignin = "com.apple.developer.applesignin";
inline constexpr std::string_view k_healthkit = "com.apple.developer.healthkit";
inline constexpr std::string_view k_family_controls = "com.apple.developer.family-controls";

// The string values under `key` in a component's entitlements (empty when absent).
std::vector<const PlistValue*> values(const ComponentManifests& manifests, std::string_view key);
// The entry for `key` (for its location), or nullptr.
const PlistEntry* entry(const ComponentManifests& manifests, std::string_view key);

} // namespace axg::model::entitlement
