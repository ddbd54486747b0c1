#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg201, FiresOnPersonalDataOverUrlScheme) {
    auto f = run_rule("AXG201",
                      k_base + channel("c", {{"transport", "\"url-scheme\""}, {"store", ""}, {"scheme", "\"notes\""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg201, QuietOnPublicSignalOverUrlScheme) {
    auto f = run_rule("AXG201", k_base + channel("c", {{"transport", "\"url-scheme\""},
                                                       {"store", ""},
                                                       {"scheme", "\"notes\""},
                                                       {"schema", ""},
                                                       {"classification", "\"public\""}}));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
