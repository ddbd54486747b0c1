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

const std::string k_ents = plist(string_array("com.apple.security.application-groups", {"group.$(GROUP_SUFFIX)"}));

TEST(Axg113, FiresOnUndefinedVariable) {
    auto f = run_rule("AXG113", k_contract, {{"App.entitlements", k_ents}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("GROUP_SUFFIX"), std::string::npos);
}

TEST(Axg113, QuietWhenTheContractDefinesIt) {
    auto f = run_rule("AXG113", k_contract + "\n[settings]\nGROUP_SUFFIX = \"com.example.notes\"\n",
                      {{"App.entitlements", k_ents}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
