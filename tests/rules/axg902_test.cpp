#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string contract(const std::string& target) {
    return k_base + channel("c", {{"audit", ""}}) + R"(
[[suppressions]]
rule = "AXG210"
target = ")" +
           target + R"("
reason = "accepted"
expires = "2099-01-01"
)";
}

std::size_t count(const check::CheckResult& r, std::string_view rule) {
    std::size_t n = 0;
    for (const auto& f : r.findings) {
        n += f.rule_id == rule;
    }
    return n;
}

TEST(Axg902, FiresOnSuppressionThatMatchesNothing) {
    auto r = run_all(contract("channels.renamed"));
    EXPECT_EQ(count(r, "AXG902"), 1u);
    EXPECT_EQ(r.suppressed_count(), 0u);
}

TEST(Axg902, QuietWhenItMatchesAnEnclosedTarget) {
    auto r = run_all(contract("channels"));
    EXPECT_EQ(count(r, "AXG902"), 0u);
    EXPECT_EQ(r.suppressed_count(), 1u);
}

} // namespace
} // namespace axg::test
