#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg206, FiresWhenOnlyTheSenderValidates) {
    auto f = run_rule("AXG206", k_base + channel("c", {{"validation", "\"sender\""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg206, QuietWhenTheReceiverValidates) {
    auto f = run_rule("AXG206", k_base + channel("c", {{"validation", "\"receiver\""}}));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
