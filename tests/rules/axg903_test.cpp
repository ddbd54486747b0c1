#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string contract(const std::string& reason) {
    return k_base + channel("c", {{"audit", ""}}) + R"(
[[suppressions]]
rule = "AXG210"
target = "channels.c"
reason = ")" +
           reason + R"("
expires = "2099-01-01"
)";
}

TEST(Axg903, FiresOnBlankReasonAndDoesNotSuppress) {
    auto r = run_all(contract("  "));
    bool raised = false;
    for (const auto& f : r.findings) {
        raised = raised || f.rule_id == "AXG903";
    }
    EXPECT_TRUE(raised);
    EXPECT_EQ(r.suppressed_count(), 0u);
}

TEST(Axg903, QuietWithAReason) {
    auto r = run_all(contract("the server audits it"));
    for (const auto& f : r.findings) {
        EXPECT_NE(f.rule_id, "AXG903");
    }
    EXPECT_EQ(r.suppressed_count(), 1u);
}

} // namespace
} // namespace axg::test
