#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg202, FiresOnUnauthenticatedPersonalChannel) {
    auto f =
        run_rule("AXG202", k_base + channel("c", {{"auth", "\"none\""}, {"token_ttl", ""}, {"token_rotation", ""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg202, QuietWhenAuthenticated) {
    auto f = run_rule("AXG202", k_base + channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
