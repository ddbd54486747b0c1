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

TEST(Axg503, PublicEntryPointThatValidatesIsExempt) {
    std::string c = chain_contract("token", "none") + R"(
[channels.link]
transport = "universal-link"
domain = "example.com"
from = "@web"
to = ["app"]
classification = "public"
validation = "receiver"
)";
    EXPECT_TRUE(run_rule("AXG503", c).empty());
    c.replace(c.rfind("validation = \"receiver\""), 23, "validation = \"none\"");
    EXPECT_EQ(run_rule("AXG503", c).size(), 1u);
}

} // namespace
} // namespace axg::test
