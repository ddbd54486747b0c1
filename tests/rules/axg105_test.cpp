#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.notes.share"
entitlements = "Share.entitlements"

[components.keyboard]
kind = "extension"
extension_point = "com.apple.keyboard-service"
bundle_id = "com.example.notes.keyboard"
entitlements = "Keyboard.entitlements"
)";

TEST(Axg105, FiresOnPrivilegesTheExtensionPointNeverNeeds) {
    auto f = run_rule(
        "AXG105", k_contract,
        {{"Share.entitlements",
          plist("<key>com.apple.developer.authentication-services.autofill-credential-provider</key>"
                "<true/><key>com.apple.developer.networking.vpn.api</key><array><string>allow-vpn</string></array>")},
         {"Keyboard.entitlements", plist(string_array("keychain-access-groups", {"$(AppIdentifierPrefix)kb"}))}});
    ASSERT_EQ(f.size(), 3u);
    int keyboard = 0;
    for (const auto& x : f) {
        keyboard += x.target == "components.keyboard";
    }
    EXPECT_EQ(keyboard, 1);
}

TEST(Axg105, QuietOnPlausibleOrDisabledEntitlements) {
    auto f = run_rule(
        "AXG105", k_contract,
        {{"Share.entitlements",
          plist(string_array("com.apple.security.application-groups", {"group.x"}) +
                "<key>com.apple.developer.authentication-services.autofill-credential-provider</key>"
                "<false/>")},
         {"Keyboard.entitlements", plist(string_array("com.apple.security.application-groups", {"group.x"}))}});
    EXPECT_TRUE(f.empty());
}

// An extension cannot register for remote notifications: aps-environment grants it nothing. A VPN app's widget
// and its Siri intents may drive the VPN, which needs the network-extension and VPN entitlements.
TEST(Axg105, QuietOnInertPushAndOnVpnControlsInWidgetsAndIntents) {
    std::string c = k_contract + R"(
[components.widget]
kind = "extension"
extension_point = "com.apple.widgetkit-extension"
bundle_id = "com.example.notes.widget"
entitlements = "Widget.entitlements"
)";
    std::string vpn = "<key>com.apple.developer.networking.networkextension</key><array><string>packet-tunnel-provider"
                      "</string></array><key>com.apple.developer.networking.vpn.api</key><array><string>allow-vpn"
                      "</string></array>";
    auto f = run_rule("AXG105", c,
                      {{"Share.entitlements", plist("<key>aps-environment</key><string>production</string>")},
                       {"Keyboard.entitlements", plist("")},
                       {"Widget.entitlements", plist(vpn)}});
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
    // The same VPN entitlements in a share extension are still reported.
    f = run_rule(
        "AXG105", c,
        {{"Share.entitlements", plist(vpn)}, {"Keyboard.entitlements", plist("")}, {"Widget.entitlements", plist("")}});
    EXPECT_EQ(f.size(), 2u);
}

} // namespace
} // namespace axg::test
