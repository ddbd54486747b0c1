#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string contract() { // not a global: k_project is initialised in another translation unit
    return k_project + R"toml(
[configurations.Release]
settings = { BUNDLE = "com.example.notes" }

[configurations.Beta]
settings = { BUNDLE = "com.example.notes.beta" }

[components.app]
kind = "app"
bundle_id = "$(BUNDLE)"
entitlements = "App.entitlements"

[components.intents]
kind = "extension"
extension_point = "com.apple.intents-service"
bundle_id = "$(BUNDLE).intents"
entitlements = { Release = "Intents.entitlements", Beta = "IntentsBeta.entitlements" }

[stores.group]
kind = "app-group"
id = "group.$(BUNDLE)"
members = ["app", "intents"]
)toml";
}

std::string groups(const std::string& value) {
    return plist(string_array("com.apple.security.application-groups", {value}));
}

TEST(Axg123, FiresWhenABetaExtensionKeepsTheReleaseGroup) {
    auto f = run_rule("AXG123", contract(),
                      {{"App.entitlements", groups("group.$(BUNDLE)")},
                       {"Intents.entitlements", groups("group.com.example.notes")},
                       {"IntentsBeta.entitlements", groups("group.com.example.notes")}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "stores.group");
    EXPECT_EQ(f[0].configurations, std::vector<std::string>{"Beta"});
    EXPECT_NE(f[0].message.find("\"intents\" holds \"group.com.example.notes\""), std::string::npos) << f[0].message;
    EXPECT_EQ(f[0].location.file.str().ends_with("IntentsBeta.entitlements"), true) << f[0].location.file;
}

TEST(Axg123, QuietWhenEveryMemberFollowsTheConfiguration) {
    auto f = run_rule("AXG123", contract(),
                      {{"App.entitlements", groups("group.$(BUNDLE)")},
                       {"Intents.entitlements", groups("group.com.example.notes")},
                       {"IntentsBeta.entitlements", groups("group.com.example.notes.beta")}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
