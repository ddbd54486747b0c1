#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"

[stores.keychain]
kind = "keychain-group"
id = "$(AppIdentifierPrefix)com.example.shared"
members = ["app"]
)";

TEST(Axg102, FiresOnKeychainGroupNoStoreGives) {
    auto f = run_rule("AXG102", k_contract,
                      {{"App.entitlements",
                        plist(string_array("keychain-access-groups", {"$(AppIdentifierPrefix)com.example.shared",
                                                                      "$(AppIdentifierPrefix)com.example.other"}))}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("ABCDE12345.com.example.other"), std::string::npos);
}

TEST(Axg102, QuietWhenDeclaredAfterExpansion) {
    auto f = run_rule(
        "AXG102", k_contract,
        {{"App.entitlements", plist(string_array("keychain-access-groups", {"ABCDE12345.com.example.shared"}))}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
