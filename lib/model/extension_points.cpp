#include "model/extension_points.hpp"

#include <algorithm>
#include <array>

#include "model/entitlements.hpp"

namespace axg::model {

namespace {
using namespace std::string_view_literals;
namespace ent = entitlement;

constexpr std::array k_none = std::array<std::string_view, 0>{};
constexpr std::array k_app_group_only = {ent::k_app_groups, ent::k_keychain_groups};
// Push and network-extension entitlements belong to the host app and network providers only.
constexpr std::array k_never_push_vpn = {ent::k_aps_environment, ent::k_network_extension};
constexpr std::array k_never_keyboard = {ent::k_aps_environment, ent::k_network_extension, ent::k_keychain_groups,
                                         ent::k_autofill_credential_provider};
constexpr std::array k_never_general = {ent::k_aps_environment, ent::k_network_extension,
                                        ent::k_autofill_credential_provider};
constexpr std::array k_network_plausible = {ent::k_network_extension, ent::k_app_groups, ent::k_keychain_groups};
constexpr std::array k_never_network = {ent::k_aps_environment, ent::k_autofill_credential_provider};
constexpr std::array k_credential_plausible = {ent::k_autofill_credential_provider, ent::k_app_groups,
                                               ent::k_keychain_groups, ent::k_associated_domains};

// clang-format off
constexpr ExtensionPointInfo k_points[] = {
    {"com.apple.authentication-services-credential-provider-ui", "Credential provider (AutoFill)", Trust::Medium, false, k_credential_plausible, k_never_push_vpn, "Runs inside other apps' login forms; reads the shared keychain group to offer credentials."},
    {"com.apple.broadcast-services-upload", "Broadcast upload", Trust::Low, true, k_app_group_only, k_never_general, "Receives the screen's sample buffers, which can hold anything on screen."},
    {"com.apple.fileprovider-nonui", "File provider", Trust::Medium, true, k_app_group_only, k_never_general, "Serves files to any app through the Files picker; custom XPC only via NSFileProviderServiceSource, vetted in shouldAcceptNewConnection."},
    {"com.apple.intents-service", "SiriKit intents", Trust::Medium, true, k_app_group_only, k_never_general, "Handles intents from Siri and Shortcuts, which other apps' shortcuts can trigger."},
    {"com.apple.keyboard-service", "Custom keyboard", Trust::Low, true, k_app_group_only, k_never_keyboard, "Without RequestsOpenAccess it has no network and only reads the shared group container; it sees everything the user types."},
    {"com.apple.networkextension.packet-tunnel", "Packet tunnel provider", Trust::Low, true, k_network_plausible, k_never_network, "Processes every packet of the device's traffic from the network."},
    {"com.apple.share-services", "Share", Trust::Low, true, k_app_group_only, k_never_general, "Receives NSExtensionItems from any host app's share sheet (MASTG-TEST-0072)."},
    {"com.apple.ui-services", "Action", Trust::Low, true, k_app_group_only, k_never_general, "Receives NSExtensionItems from any host app, like a share extension."},
    {"com.apple.usernotifications.content-extension", "Notification content", Trust::Medium, true, k_app_group_only, k_never_general, "Shows a notification's custom UI from a remote payload."},
    {"com.apple.usernotifications.service", "Notification service", Trust::Medium, true, k_app_group_only, k_never_push_vpn, "Decrypts remote notifications (mutable-content), within about 30 s and 24 MB."},
    {"com.apple.widgetkit-extension", "WidgetKit widget", Trust::Medium, false, k_app_group_only, k_never_general, "Renders timelines from data the app shares; about 30 MB of memory."},
};
// clang-format on
} // namespace

std::string_view trust_name(Trust trust) {
    switch (trust) {
    case Trust::External: return "external";
    case Trust::Low: return "low";
    case Trust::Medium: return "medium";
    case Trust::High: return "high";
    }
    return "?";
}

std::span<const ExtensionPointInfo> extension_points() { return k_points; }

const ExtensionPointInfo* find_extension_point(std::string_view identifier) {
    auto it = std::lower_bound(std::begin(k_points), std::end(k_points), identifier,
                               [](const ExtensionPointInfo& p, std::string_view id) { return p.identifier < id; });
    return it != std::end(k_points) && it->identifier == identifier ? &*it : nullptr;
}

Trust component_trust(const Component& component) {
    if (component.kind == ComponentKind::App) {
        return Trust::High;
    }
    const ExtensionPointInfo* info = find_extension_point(component.extension_point);
    return info ? info->trust : Trust::Low;
}

} // namespace axg::model
