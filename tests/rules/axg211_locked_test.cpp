// AXG211 and a notification service extension: it runs while the device is locked, so a store it
// reads is right to stay readable after first unlock (docs/transports.md).

#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string contract(const std::string& reader, const std::string& protection) {
    return k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.vault"

[components.reader]
kind = "extension"
extension_point = ")" +
           reader + R"("
bundle_id = "com.example.vault.reader"

[stores.keys]
kind = "keychain-group"
id = "ABCDE12345.com.example.vault"
members = ["app", "reader"]
classification = "sensitive"
protection = ")" +
           protection + "\"\n";
}

const std::string k_nse = "com.apple.usernotifications.service";

TEST(Axg211Locked, QuietOnAfterFirstUnlockForANotificationServiceExtension) {
    auto f = run_rule("AXG211", contract(k_nse, "after-first-unlock-this-device-only"), {}, builtin_policy("strict"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

TEST(Axg211Locked, FiresOnTheSameProtectionWithoutAMemberThatRunsWhileLocked) {
    auto f = run_rule("AXG211", contract("com.apple.widgetkit-extension", "after-first-unlock-this-device-only"), {},
                      builtin_policy("strict"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "stores.keys");
}

TEST(Axg211Locked, StillFiresOnNoProtectionForANotificationServiceExtension) {
    auto f = run_rule("AXG211", contract(k_nse, "none"), {}, builtin_policy("strict"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_GT(f[0].location.line, 0u);
}

} // namespace
} // namespace axg::test
