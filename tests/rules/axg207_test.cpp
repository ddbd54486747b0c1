#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg207, FiresOnRetentionAbovePolicy) {
    auto f = run_rule("AXG207", k_base + channel("c", {{"retention", "\"60d\""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg207, QuietWhenTheStoreRetentionApplies) {
    auto f = run_rule("AXG207", k_base + channel("c", {{"retention", ""}}));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
