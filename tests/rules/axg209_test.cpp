#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg209, FiresOnShareExtensionWithoutRateLimit) {
    auto f = run_rule("AXG209", k_base + channel("c", {{"rate_limit", ""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg209, QuietWithABoundedQueue) {
    auto f = run_rule("AXG209", k_base + channel("c", {{"rate_limit", ""}, {"queue", "100"}}));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
