// AXG127 shared-file-capability: a capability entitlement (HealthKit, HomeKit, NFC, CarPlay, Wi-Fi info …) reaches
// an extension whose extension point never uses it, because the extension signs with a file it shares with the app
// or another kind of extension (AXG125). Each capability is a privilege the OS grants the whole process: a share
// extension that inherits HealthKit can read health data once the user has granted the app access.
//
// Entitlements an extension point must never hold (push, network extension, VPN, AutoFill: the never list of
// model/extension_points.cpp) are AXG105's, whatever the file; this rule names the capabilities beyond that list,
// where the sharing is the cause.

#include <algorithm>
#include <array>
#include <span>

#include "model/entitlements.hpp"
#include "model/extension_points.hpp"
#include "model/shared_entitlements.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {
using namespace std::string_view_literals;

struct Capability {
    std::string_view key;
    std::string_view name;
    std::span<const std::string_view> points; // extension points that use it; apps may use every capability
};

constexpr std::array k_app_only = std::array<std::string_view, 0>{};
constexpr std::array k_intents = {"com.apple.appintents-extension"sv, "com.apple.intents-service"sv,
                                  "com.apple.intents-ui-service"sv};
constexpr std::array k_intents_widgets = {"com.apple.appintents-extension"sv, "com.apple.intents-service"sv,
                                          "com.apple.intents-ui-service"sv, "com.apple.widgetkit-extension"sv};
constexpr std::array k_payments = {"com.apple.appintents-extension"sv, "com.apple.intents-service"sv,
                                   "com.apple.message-payload-provider"sv};
constexpr std::array k_device_activity = {"com.apple.deviceactivity.monitor-extension"sv};
constexpr std::array k_communication = {"com.apple.appintents-extension"sv, "com.apple.intents-service"sv,
                                        "com.apple.usernotifications.service"sv};
constexpr std::array k_filtering = {"com.apple.usernotifications.service"sv};
constexpr std::array k_network = {"com.apple.networkextension.app-proxy"sv, "com.apple.networkextension.dns-proxy"sv,
                                  "com.apple.networkextension.filter-control"sv,
                                  "com.apple.networkextension.filter-data"sv,
                                  "com.apple.networkextension.packet-tunnel"sv};
constexpr std::array k_sign_in = {"com.apple.AppSSO.idp-extension"sv,
                                  "com.apple.authentication-services-account-authentication-modification-ui"sv,
                                  "com.apple.authentication-services-credential-provider-ui"sv};

// Sorted by key. Capabilities only: data-sharing keys (app groups, keychain groups, iCloud containers) are checked
// against the contract's stores (AXG101, AXG102), associated domains against its channels (AXG110).
constexpr Capability k_capabilities[] = {
    {"com.apple.developer.applesignin", "Sign in with Apple", k_sign_in},
    {"com.apple.developer.avfoundation.multitasking-camera-access", "multitasking camera access", k_app_only},
    {"com.apple.developer.carplay-audio", "CarPlay audio", k_app_only},
    {"com.apple.developer.carplay-charging", "CarPlay charging", k_app_only},
    {"com.apple.developer.carplay-communication", "CarPlay communication", k_app_only},
    {"com.apple.developer.carplay-maps", "CarPlay navigation", k_app_only},
    {"com.apple.developer.carplay-parking", "CarPlay parking", k_app_only},
    {"com.apple.developer.carplay-quick-ordering", "CarPlay quick food ordering", k_app_only},
    {"com.apple.developer.family-controls", "Family Controls (Screen Time)", k_device_activity},
    {"com.apple.developer.healthkit", "HealthKit", k_intents_widgets},
    {"com.apple.developer.homekit", "HomeKit", k_intents_widgets},
    {"com.apple.developer.in-app-payments", "Apple Pay", k_payments},
    {"com.apple.developer.networking.HotspotConfiguration", "Hotspot configuration", k_app_only},
    {"com.apple.developer.networking.multicast", "multicast networking", k_network},
    {"com.apple.developer.networking.wifi-info", "Wi-Fi information", k_network},
    {"com.apple.developer.nfc.readersession.formats", "NFC tag reading", k_app_only},
    {"com.apple.developer.playable-content", "CarPlay playable content", k_app_only},
    {"com.apple.developer.push-to-talk", "Push to Talk", k_app_only},
    {"com.apple.developer.siri", "SiriKit", k_intents},
    {"com.apple.developer.usernotifications.communication", "communication notifications", k_communication},
    {"com.apple.developer.usernotifications.filtering", "notification filtering", k_filtering},
    {"com.apple.developer.weatherkit", "WeatherKit", k_intents_widgets},
    {"com.apple.developer.web-browser", "default web browser", k_app_only},
};

const Capability* find_capability(std::string_view key) {
    auto it = std::lower_bound(std::begin(k_capabilities), std::end(k_capabilities), key,
                               [](const Capability& c, std::string_view k) { return c.key < k; });
    return it != std::end(k_capabilities) && it->key == key ? &*it : nullptr;
}

bool contains(std::span<const std::string_view> list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// Whether `component` holds the capability `entry` without its extension point using it (and without AXG105
// reporting it already).
bool reaches_unused(const model::Component& component, const model::PlistEntry& entry, const Capability& capability) {
    if (component.kind != model::ComponentKind::Extension || contains(capability.points, component.extension_point)) {
        return false;
    }
    const model::ExtensionPointInfo* point = model::find_extension_point(component.extension_point);
    if (!point || contains(point->never_entitlements, entry.key) ||
        contains(point->plausible_entitlements, entry.key)) {
        return false; // an unknown point's needs are unknown
    }
    return !(entry.value.type == model::PlistValue::Type::Bool && !entry.value.boolean);
}

void run(const RuleContext& ctx, Findings& out) {
    const model::Contract& contract = ctx.model.contract;
    for (const auto& view : ctx.model.configurations) {
        for (const auto& shared : model::shared_entitlements_files(contract, view)) {
            const model::Manifest& file = *view.component(shared.gainer)->entitlements;
            for (const auto& entry : file.root.dict) {
                const Capability* capability = find_capability(entry.key);
                if (!capability) {
                    continue;
                }
                std::vector<std::string> receivers;
                std::vector<std::string> others;
                for (const auto& id : shared.users) {
                    const model::Component& component = *contract.component(id);
                    if (reaches_unused(component, entry, *capability)) {
                        receivers.push_back("\"" + id + "\" (" + component.extension_point + ")");
                    } else {
                        others.push_back("\"" + id + "\"");
                    }
                }
                if (receivers.empty()) {
                    continue;
                }
                out.add(view, "files." + shared.path, entry.key_location,
                        "\"" + shared.path + "\" gives " + std::string(capability->name) + " (" + entry.key + ") to " +
                            util::join(receivers, ", ") + ", whose extension point never uses it" +
                            (others.empty() ? "" : ", because it shares the file with " + util::join(others, ", ")),
                        "give each extension its own entitlements file without " + entry.key +
                            " (CODE_SIGN_ENTITLEMENTS of its target), and name it in the contract");
            }
        }
    }
}

} // namespace

const Rule k_axg127{"AXG127",
                    "shared-file-capability",
                    model::Severity::Medium,
                    "least-privilege",
                    "A capability entitlement that reaches an extension through a shared entitlements file",
                    &run};

} // namespace axg::rules
