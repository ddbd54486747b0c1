#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg213, FiresOnRawIdentifier) {
    auto f = run_rule(
        "AXG213", k_base + "fields.user_id = { type = \"string\", max_len = 64, classification = \"identifier\" }\n" +
                      channel("c"));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg213, QuietOnPseudonym) {
    auto f = run_rule(
        "AXG213", k_base +
                      "fields.user_id = { type = \"uuid\", classification = \"identifier\", pseudonymous = true }\n" +
                      channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
