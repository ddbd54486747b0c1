#include <gtest/gtest.h>

#include "rules/registry.hpp"
#include "support/paths.hpp"

namespace axg::test {
namespace {

TEST(RulesCommand, ListShowsEveryRuleOnOneLine) {
    auto r = run_cli("rules list");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::size_t lines = 0;
    for (char c : r.out) {
        lines += c == '\n';
    }
    EXPECT_EQ(lines, rules::registry().size());
    for (const rules::Rule* rule : rules::registry()) {
        EXPECT_NE(r.out.find(std::string(rule->id) + "  " + std::string(rule->slug)), std::string::npos) << rule->id;
    }
}

TEST(RulesCommand, ExplainPrintsTheCompiledDocPage) {
    auto r = run_cli("rules explain AXG209");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_TRUE(r.out.starts_with("# AXG209 no-rate-limit")) << r.out.substr(0, 80);
    EXPECT_EQ(run_cli("rules explain unused-app-group").out.substr(0, 9), "# AXG101 ");
    EXPECT_EQ(run_cli("rules explain axg303").exit_code, 0);
}

TEST(RulesCommand, ExplainUnknownRuleIsAnInputError) {
    auto r = run_cli("rules explain AXG999");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("AXG999"), std::string::npos);
}

} // namespace
} // namespace axg::test
