#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"

[stores.group]
kind = "app-group"
id = "group.com.example.notes"
members = ["app"]
)";

TEST(Axg101, FiresOnGroupNoStoreGives) {
    auto f =
        run_rule("AXG101", k_contract,
                 {{"App.entitlements", plist(string_array("com.apple.security.application-groups",
                                                          {"group.com.example.notes", "group.com.example.old"}))}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "components.app");
    EXPECT_NE(f[0].message.find("group.com.example.old"), std::string::npos);
    EXPECT_NE(f[0].location.file.str().find("App.entitlements"), std::string::npos);
    EXPECT_GT(f[0].location.line, 0u);
}

TEST(Axg101, QuietWhenEveryGroupIsDeclared) {
    auto f = run_rule("AXG101", k_contract,
                      {{"App.entitlements",
                        plist(string_array("com.apple.security.application-groups", {"group.com.example.notes"}))}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
