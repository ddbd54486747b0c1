#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg205, FiresOnCredentialKeyThatMigrates) {
    auto f = run_rule("AXG205",
                      k_base + channel("c", {{"classification", "\"credential\""}, {"key_storage", "\"keychain\""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg205, QuietOnDeviceBoundKey) {
    auto f = run_rule("AXG205", k_base + channel("c", {{"classification", "\"credential\""}}));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
