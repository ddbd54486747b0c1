#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg904, FiresOnUnusedStoreAndSchema) {
    auto f = run_rule("AXG904", k_base);
    ASSERT_EQ(f.size(), 2u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg904, QuietWhenAChannelUsesThem) {
    auto f = run_rule("AXG904", k_base + channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
