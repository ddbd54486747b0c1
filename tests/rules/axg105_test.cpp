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
                "<true/><key>aps-environment</key><string>production</string>")},
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

} // namespace
} // namespace axg::test
