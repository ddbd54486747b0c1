#include <gtest/gtest.h>

#include "../graph/graph_fixtures.hpp"

namespace axg::test {
namespace {

TEST(Axg503, FiresOnUnauthenticatedFlowFromLowToHighTrust) {
    auto f = run_rule("AXG503", chain_contract("none", "both"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "channels.keyboard-to-app");
    EXPECT_NE(f[0].message.find("(low trust)"), std::string::npos);
    EXPECT_GT(f[0].location.line, 0u);
}

TEST(Axg503, QuietWhenAuthenticatedOrGoingDown) {
    // app -> widget (high -> medium) is unauthenticated too, but does not cross upwards.
    EXPECT_TRUE(run_rule("AXG503", chain_contract("token", "none")).empty());
}

// No sender can authenticate on a public entry point: AXG503 never asks it to; AXG206 asks for validation.
TEST(Axg503, PublicEntryPointsAreExemptAndAxg206AsksForValidation) {
    for (std::string transport : {"universal-link", "url-scheme"}) {
        std::string address = transport == "url-scheme" ? "scheme = \"notes\"" : "domain = \"example.com\"";
        std::string c = chain_contract("token", "none") + R"(
[channels.link]
transport = ")" + transport + R"("
)" + address + R"(
from = "@any-app"
to = ["app"]
classification = "public"
validation = "none"
)";
        EXPECT_TRUE(run_rule("AXG503", c).empty()) << transport;
        auto validation = run_rule("AXG206", c);
        bool link_reported = false;
        for (const auto& f : validation) {
            link_reported = link_reported || f.target == "channels.link";
        }
        EXPECT_TRUE(link_reported) << transport;
    }
}

TEST(Axg503, FixTextIsSomethingTheUserCanDo) {
    auto f = run_rule("AXG503", chain_contract("none", "both"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].fix.find("auth = \"mutual-token\""), std::string::npos);
    EXPECT_EQ(f[0].fix.find("public entry point"), std::string::npos) << f[0].fix;
}

// The message names the effective classification: a credential field makes the channel credential.
TEST(Axg503, MessageNamesTheEffectiveClassification) {
    std::string c = replaced(chain_contract("none", "both"), "max_len = 64 }", "max_len = 64, classification = \"credential\" }");
    auto f = run_rule("AXG503", c);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("carries credential data"), std::string::npos) << f[0].message;
}

} // namespace
} // namespace axg::test
