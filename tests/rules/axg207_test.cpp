#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg207, FiresOnRetentionAbovePolicy) {
    auto f = run_rule("AXG207", k_base + channel("c", {{"retention", "\"60d\""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg207, QuietWhenTheStoreRetentionApplies) {
    auto f = run_rule("AXG207", k_base + channel("c", {{"retention", ""}}));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

// Records stay by design: a store declared role = "record" (and a keychain group, by default) needs no retention.
TEST(Axg207, QuietOnRecords) {
    std::string no_retention = replaced(k_base, "retention = \"7d\"\n", "");
    ASSERT_EQ(run_rule("AXG207", no_retention + channel("c", {{"retention", ""}})).size(), 1u);
    std::string record =
        replaced(no_retention, "classification = \"personal\"\n", "classification = \"personal\"\nrole = \"record\"\n");
    auto f = run_rule("AXG207", record + channel("c", {{"retention", ""}}));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
    std::string cache =
        replaced(no_retention, "classification = \"personal\"\n", "classification = \"personal\"\nrole = \"cache\"\n");
    EXPECT_EQ(run_rule("AXG207", cache + channel("c", {{"retention", ""}})).size(), 1u);
}

} // namespace
} // namespace axg::test
