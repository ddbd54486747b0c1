#include "model/extension_points.hpp"

#include <algorithm>
#include <array>

#include "model/entitlements.hpp"

namespace axg::model {

namespace {
using namespace std::string_view_literals;
namespace ent = entitlement;

constexpr std::array k_app_group_only = {ent::k_app_groups, ent::k_keychain_groups};
constexpr std::array k_keyboard_plausible = {ent::k_app_groups};
// Network-extension entitlements belong to the host app and network providers, and to the extensions that
// start or stop the VPN for it (a widget's toggle, a Siri or Shortcuts intent: NEVPNManager and
// NETunnelProviderManager need them in the calling process). aps-environment is in no list: an extension cannot
// register for remote notifications, so in an extension's entitlements it grants nothing (a shared entitlements
// file that carries it is AXG125's business).
constexpr std::array k_never_network_extension = {ent::k_network_extension};
constexpr std::array k_never_keyboard = {ent::k_network_extension, ent::k_keychain_groups,
                                         ent::k_autofill_credential_provider, ent::k_vpn_api};
constexpr std::array k_never_general = {ent::k_network_extension, ent::k_autofill_credential_provider, ent::k_vpn_api};
constexpr std::array k_never_vpn_control = {ent::k_autofill_credential_provider};
// Runs without network or disk writes: no store or network privilege is plausible.
constexpr std::array k_never_sealed = {ent::k_network_extension, ent::k_autofill_credential_provider, ent::k_vpn_api,
                                       ent::k_associated_domains};
constexpr std::array k_network_plausible = {ent::k_network_extension, ent::k_app_groups, ent::k_keychain_groups};
constexpr std::array k_never_network = {ent::k_autofill_credential_provider};
constexpr std::array k_vpn_control_plausible = {ent::k_app_groups, ent::k_keychain_groups, ent::k_network_extension,
                                                ent::k_vpn_api};
constexpr std::array k_intents_plausible = {ent::k_app_groups, ent::k_keychain_groups, ent::k_siri};
constexpr std::array k_intents_vpn_plausible = {ent::k_app_groups, ent::k_keychain_groups, ent::k_siri,
                                                ent::k_network_extension, ent::k_vpn_api};
constexpr std::array k_credential_plausible = {ent::k_autofill_credential_provider, ent::k_app_groups,
                                               ent::k_keychain_groups, ent::k_associated_domains};
constexpr std::array k_nse_plausible = {ent::k_app_groups, ent::k_keychain_groups, ent::k_notification_filtering};
constexpr std::array k_message_filter_plausible = {ent::k_associated_domains, ent::k_app_groups};
constexpr std::array k_device_activity_plausible = {ent::k_app_groups, ent::k_family_controls};

// Sorted by identifier (byte order: upper case before lower case); find_extension_point relies on it.
// clang-format off
constexpr ExtensionPointInfo k_points[] = {
    {"com.apple.AppSSO.idp-extension", "Single sign-on (AppSSO)", Trust::Medium, true, k_app_group_only, k_never_general, "Intercepts the device's sign-in requests to the identity provider's URLs."},
    {"com.apple.Safari.content-blocker", "Safari content blocker", Trust::Medium, false, k_app_group_only, k_never_sealed, "Hands Safari a JSON rule list; it never sees the pages it blocks."},
    {"com.apple.Safari.web-extension", "Safari web extension", Trust::Low, true, k_app_group_only, k_never_general, "Its scripts run inside web pages; native messages to the app carry web content."},
    {"com.apple.appintents-extension", "App Intents", Trust::Medium, true, k_intents_vpn_plausible, k_never_vpn_control, "Runs intents that Shortcuts, Siri and other apps' shortcuts can invoke with parameters."},
    {"com.apple.authentication-services-account-authentication-modification-ui", "Account authentication modification", Trust::Medium, false, k_credential_plausible, k_never_network_extension, "Upgrades a saved password to Sign in with Apple or a stronger password from Settings."},
    {"com.apple.authentication-services-credential-provider-ui", "Credential provider (AutoFill)", Trust::Medium, false, k_credential_plausible, k_never_network_extension, "Runs inside other apps' login forms; reads the shared keychain group to offer credentials."},
    {"com.apple.background-asset-downloader-extension", "Background assets", Trust::Medium, false, k_app_group_only, k_never_general, "Downloads assets before first launch; short-lived, no UI."},
    {"com.apple.broadcast-services-setupui", "Broadcast setup UI", Trust::Medium, false, k_app_group_only, k_never_general, "Shows the broadcast service's sign-in before a ReplayKit broadcast."},
    {"com.apple.broadcast-services-upload", "Broadcast upload", Trust::Low, true, k_app_group_only, k_never_general, "Receives the screen's sample buffers, which can hold anything on screen."},
    {"com.apple.callkit.call-directory", "Call directory", Trust::Medium, false, k_app_group_only, k_never_general, "Hands the system blocking and identification entries; it runs on demand and sees no calls."},
    {"com.apple.deviceactivity.monitor-extension", "Device activity monitor", Trust::Medium, false, k_device_activity_plausible, k_never_general, "Runs on Screen Time schedule events; cannot send data off device."},
    {"com.apple.fileprovider-actionsui", "File provider actions UI", Trust::Medium, true, k_app_group_only, k_never_general, "Shows actions on files chosen in the Files app."},
    {"com.apple.fileprovider-nonui", "File provider", Trust::Medium, true, k_app_group_only, k_never_general, "Serves files to any app through the Files picker; custom XPC only via NSFileProviderServiceSource, vetted in shouldAcceptNewConnection."},
    {"com.apple.identitylookup.classification-ui", "SMS and call reporting", Trust::Low, true, k_message_filter_plausible, k_never_general, "Shows a report UI for a message or call from an unknown sender."},
    {"com.apple.identitylookup.message-filter", "Message filter", Trust::Low, true, k_message_filter_plausible, k_never_general, "Classifies SMS from unknown senders; it cannot share them with the app, and reaches the network only by deferring to the server named in its associated domains."},
    {"com.apple.intents-service", "SiriKit intents", Trust::Medium, true, k_intents_vpn_plausible, k_never_vpn_control, "Handles intents from Siri and Shortcuts, which other apps' shortcuts can trigger."},
    {"com.apple.intents-ui-service", "SiriKit intents UI", Trust::Medium, true, k_intents_plausible, k_never_general, "Shows a custom UI for an intent handled by the intents extension."},
    {"com.apple.keyboard-service", "Custom keyboard", Trust::Low, true, k_keyboard_plausible, k_never_keyboard, "Without RequestsOpenAccess it has no network and only reads the shared group container; it sees everything the user types."},
    {"com.apple.location.push.service", "Location push service", Trust::Medium, true, k_app_group_only, k_never_network, "Answers a location push from the app's server with the device's location."},
    {"com.apple.message-payload-provider", "iMessage app", Trust::Low, true, k_app_group_only, k_never_general, "Handles messages from other people; NSExtensionContext.open only opens its parent app."},
    {"com.apple.networkextension.app-proxy", "App proxy provider", Trust::Low, true, k_network_plausible, k_never_network, "Processes the network flows of managed apps."},
    {"com.apple.networkextension.dns-proxy", "DNS proxy provider", Trust::Low, true, k_network_plausible, k_never_network, "Answers every DNS query of the device."},
    {"com.apple.networkextension.filter-control", "Content filter control provider", Trust::Medium, false, k_network_plausible, k_never_network, "Updates the filter's rules; it may use the network, unlike the data provider."},
    {"com.apple.networkextension.filter-data", "Content filter data provider", Trust::Low, true, k_network_plausible, k_never_network, "Sees the device's network flows; its sandbox prevents network access and writing to disk."},
    {"com.apple.networkextension.packet-tunnel", "Packet tunnel provider", Trust::Low, true, k_network_plausible, k_never_network, "Processes every packet of the device's traffic from the network."},
    {"com.apple.photo-editing", "Photo editing", Trust::Medium, true, k_app_group_only, k_never_general, "Edits a photo or video from the Photos library in place."},
    {"com.apple.quicklook.preview", "Quick Look preview", Trust::Low, true, k_app_group_only, k_never_sealed, "Parses files of its types from any app, so the file is untrusted input."},
    {"com.apple.quicklook.thumbnail", "Quick Look thumbnail", Trust::Low, true, k_app_group_only, k_never_sealed, "Parses files of its types from any app to draw a thumbnail."},
    {"com.apple.services", "Action (headless)", Trust::Low, true, k_app_group_only, k_never_general, "Receives NSExtensionItems from any host app and returns results without UI."},
    {"com.apple.share-services", "Share", Trust::Low, true, k_app_group_only, k_never_general, "Receives NSExtensionItems from any host app's share sheet (MASTG-TEST-0072)."},
    {"com.apple.ui-services", "Action", Trust::Low, true, k_app_group_only, k_never_general, "Receives NSExtensionItems from any host app, like a share extension."},
    {"com.apple.usernotifications.content-extension", "Notification content", Trust::Medium, true, k_app_group_only, k_never_general, "Shows a notification's custom UI from a remote payload."},
    {"com.apple.usernotifications.service", "Notification service", Trust::Medium, true, k_nse_plausible, k_never_general, "Decrypts remote notifications (mutable-content), within about 30 s and 24 MB."},
    {"com.apple.widget-extension", "Today widget (legacy)", Trust::Medium, false, k_vpn_control_plausible, k_never_vpn_control, "Pre-iOS 14 Today widget; NSExtensionContext.open may open its app."},
    {"com.apple.widgetkit-extension", "WidgetKit widget", Trust::Medium, false, k_vpn_control_plausible, k_never_vpn_control, "Renders timelines from data the app shares; about 30 MB of memory."},
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

std::span<const ExtensionPointInfo> extension_points() {
    return k_points;
}

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
