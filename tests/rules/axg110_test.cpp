#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"

[channels.links]
transport = "universal-link"
domain = "notes.example.com"
from = "@web"
to = ["app"]
)";

std::string ents(const std::vector<std::string>& domains) {
    return plist(string_array("com.apple.developer.associated-domains", domains));
}

TEST(Axg110, FiresOnUndeclaredApplinksDomain) {
    auto f = run_rule("AXG110", k_contract,
                      {{"App.entitlements", ents({"applinks:notes.example.com", "applinks:share.example.com"})}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("share.example.com"), std::string::npos);
}

TEST(Axg110, QuietOnDeclaredDomainModesAndWebcredentials) {
    auto f = run_rule(
        "AXG110", k_contract,
        {{"App.entitlements", ents({"applinks:notes.example.com?mode=developer", "webcredentials:example.com"})}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
