#include <gtest/gtest.h>

#include "../graph/graph_fixtures.hpp"

namespace axg::test {
namespace {

// The widget (medium) sends to the app (high) through the group, which the keyboard (low) writes too: the keyboard
// could write the widget's messages and be taken for it.
std::string three_writers(const std::string& auth, const std::string& validation) {
    return replaced(chain_contract("mutual-token", "both"), "members = [\"app\", \"keyboard\"]",
                    "members = [\"app\", \"keyboard\", \"widget\"]") +
           R"(
[channels.widget-to-app]
transport = "app-group-file"
store = "group"
from = "widget"
to = ["app"]
schema = "Words"
classification = "personal"
auth = ")" +
           auth + R"("
validation = ")" +
           validation +
           R"("
)";
}

TEST(Axg503, FiresOnUnauthenticatedFlowFromLowToHighTrust) {
    auto f = run_rule("AXG503", three_writers("none", "both"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "channels.widget-to-app");
    EXPECT_NE(f[0].message.find("(medium trust)"), std::string::npos);
    EXPECT_NE(f[0].message.find("\"keyboard\" (low trust) also writes store \"group\""), std::string::npos)
        << f[0].message;
    EXPECT_GT(f[0].location.line, 0u);
}

// A writer as trusted as the sender gains nothing by writing in its name: the keyboard's own messages, with only
// the widget (more trusted) writing the group too, are not reported.
TEST(Axg503, QuietWhenNoLessTrustedWriterCouldBeTakenForTheSender) {
    auto f = run_rule("AXG503", replaced(chain_contract("none", "both"), "members = [\"app\", \"keyboard\"]",
                                         "members = [\"app\", \"keyboard\", \"widget\"]"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

// auth = "platform" on an app group only narrows the sender to the group's writers: with the keyboard writing it
// too, the widget's messages are not authenticated; with the widget the least trusted writer, they are.
TEST(Axg503, PlatformAuthOnAStoreHoldsOnlyWithoutAnotherLessTrustedWriter) {
    auto f = run_rule("AXG503", three_writers("platform", "both"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("auth = \"platform\" narrows the sender only"), std::string::npos) << f[0].message;
    EXPECT_TRUE(run_rule("AXG503", chain_contract("platform", "both")).empty());
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
