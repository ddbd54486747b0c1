// AXG114 and a notification service extension: its default
// NSFileProtectionCompleteUntilFirstUserAuthentication is what it needs while the device is locked.

#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string contract(const std::string& extension_point) {
    return k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.vault"

[components.ext]
kind = "extension"
extension_point = ")" +
           extension_point + R"("
bundle_id = "com.example.vault.ext"
entitlements = "Ext.entitlements"

[stores.group]
kind = "app-group"
id = "group.com.example.vault"
members = ["app", "ext"]
protection = "complete"
)";
}

Files ents(const std::string& protection) {
    return {{"Ext.entitlements",
             plist(string_array("com.apple.security.application-groups", {"group.com.example.vault"}) +
                   "<key>com.apple.developer.default-data-protection</key><string>" + protection + "</string>")}};
}

TEST(Axg114Locked, QuietOnUntilFirstAuthenticationForANotificationServiceExtension) {
    auto f = run_rule("AXG114", contract("com.apple.usernotifications.service"),
                      ents("NSFileProtectionCompleteUntilFirstUserAuthentication"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

TEST(Axg114Locked, FiresOnTheSameDefaultForAShareExtension) {
    auto f = run_rule("AXG114", contract("com.apple.share-services"),
                      ents("NSFileProtectionCompleteUntilFirstUserAuthentication"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "components.ext");
}

TEST(Axg114Locked, StillFiresOnNoneForANotificationServiceExtension) {
    auto f = run_rule("AXG114", contract("com.apple.usernotifications.service"), ents("NSFileProtectionNone"));
    ASSERT_EQ(f.size(), 1u);
}

} // namespace
} // namespace axg::test
