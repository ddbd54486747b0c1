#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"
)";

TEST(Axg104, FiresOnWildcardKeychainGroupAndDomain) {
    auto f = run_rule("AXG104", k_contract,
                      {{"App.entitlements",
                        plist(string_array("keychain-access-groups", {"$(AppIdentifierPrefix)*"}) +
                              string_array("com.apple.developer.associated-domains", {"applinks:*.example.com"}))}});
    ASSERT_EQ(f.size(), 2u);
    EXPECT_NE(f[0].message.find("ABCDE12345.*"), std::string::npos);
}

TEST(Axg104, QuietOnExactValuesAndDeclaredWildcardDomain) {
    auto f = run_rule("AXG104", k_contract + R"(
[channels.links]
transport = "universal-link"
domain = "*.example.com"
from = "@web"
to = ["app"]
)",
                      {{"App.entitlements",
                        plist(string_array("keychain-access-groups", {"$(AppIdentifierPrefix)com.example.x"}) +
                              string_array("com.apple.developer.associated-domains", {"applinks:*.example.com"}))}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
