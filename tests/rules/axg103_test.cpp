#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"
info_plist = "Info.plist"

[stores.group]
kind = "app-group"
id = "group.com.example.notes"
members = ["app"]

[channels.open]
transport = "url-scheme"
scheme = "notes"
from = "@any-app"
to = ["app"]
)";

const std::string k_info = plist("<key>CFBundleURLTypes</key><array><dict>" +
                                 string_array("CFBundleURLSchemes", {"notes"}) + "</dict></array>");

TEST(Axg103, FiresWhenMemberLacksTheGroupAndReceiverLacksTheScheme) {
    auto f = run_rule("AXG103", k_contract, {{"App.entitlements", plist("")}, {"Info.plist", plist("")}});
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].target == "stores.group" ? f[1].target : f[0].target, "channels.open");
}

TEST(Axg103, QuietWhenManifestsEnableEverything) {
    auto f = run_rule("AXG103", k_contract,
                      {{"App.entitlements",
                        plist(string_array("com.apple.security.application-groups", {"group.com.example.notes"}))},
                       {"Info.plist", k_info}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
