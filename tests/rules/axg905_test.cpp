#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string replace(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

TEST(Axg905, FiresOnUnknownControls) {
    auto f = run_rule("AXG905", replace(k_base, "protection = \"complete\"", "protection = \"unknown\"") +
                                    channel("c", {{"auth", "\"unknown\""}}));
    ASSERT_EQ(f.size(), 2u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg905, QuietWhenEverythingIsAnswered) {
    auto f = run_rule("AXG905", k_base + channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
