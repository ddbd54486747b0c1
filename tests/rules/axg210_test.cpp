#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg210, FiresOnUnauditedPersonalChannel) {
    auto f = run_rule("AXG210", k_base + channel("c", {{"audit", ""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg210, QuietWhenAudited) {
    auto f = run_rule("AXG210", k_base + channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

// A record is read through the OS; no message passes that a receiver could log.
TEST(Axg210, QuietOnRecords) {
    std::string record =
        replaced(k_base, "classification = \"personal\"\n", "classification = \"personal\"\nrole = \"record\"\n");
    auto f = run_rule("AXG210", record + channel("c", {{"audit", ""}}));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
