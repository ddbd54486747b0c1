#include <gtest/gtest.h>

#include "../graph/graph_fixtures.hpp"

namespace axg::test {
namespace {

// The widget writes the group too: it could write the keyboard's messages, and the app cannot tell.
std::string three_writers(const std::string& auth, const std::string& validation) {
    return replaced(chain_contract(auth, validation), "members = [\"app\", \"keyboard\"]",
                    "members = [\"app\", \"keyboard\", \"widget\"]");
}

TEST(Axg503, FiresOnUnauthenticatedFlowFromLowToHighTrust) {
    auto f = run_rule("AXG503", three_writers("none", "both"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "channels.keyboard-to-app");
    EXPECT_NE(f[0].message.find("(low trust)"), std::string::npos);
    EXPECT_NE(f[0].message.find("\"widget\" (medium trust) also writes store \"group\""), std::string::npos)
        << f[0].message;
    EXPECT_GT(f[0].location.line, 0u);
}

// Only the keyboard and the app write the group: the entitlement tells the app the message is the keyboard's, so
// a token adds nothing; receiver validation is what protects it (AXG206).
TEST(Axg503, QuietWhenTheSenderIsTheOnlyLessTrustedWriterOfTheStore) {
    EXPECT_TRUE(run_rule("AXG503", chain_contract("none", "none")).empty());
}

TEST(Axg503, QuietWhenAuthenticatedOrGoingDown) {
    // app -> widget (high -> medium) is unauthenticated too, but does not cross upwards.
    EXPECT_TRUE(run_rule("AXG503", three_writers("token", "none")).empty());
}

// No sender can authenticate on a public entry point: AXG503 never asks it to; AXG206 asks for validation.
TEST(Axg503, PublicEntryPointsAreExemptAndAxg206AsksForValidation) {
    for (std::string transport : {"universal-link", "url-scheme"}) {
        std::string address = transport == "url-scheme" ? "scheme = \"notes\"" : "domain = \"example.com\"";
        std::string c = chain_contract("token", "none") + R"(
[channels.link]
transport = ")" + transport +
                        R"("
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
    auto f = run_rule("AXG503", three_writers("none", "both"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].fix.find("auth = \"mutual-token\""), std::string::npos);
    EXPECT_EQ(f[0].fix.find("public entry point"), std::string::npos) << f[0].fix;
}

// The message names the effective classification: a credential field makes the channel credential.
TEST(Axg503, MessageNamesTheEffectiveClassification) {
    std::string c =
        replaced(three_writers("none", "both"), "max_len = 64 }", "max_len = 64, classification = \"credential\" }");
    auto f = run_rule("AXG503", c);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("carries credential data"), std::string::npos) << f[0].message;
}

} // namespace
} // namespace axg::test
