// The catalog's bookkeeping: every registered rule has a doc page (compiled in), a test file, and a
// row in docs/rules/README.md; the table is sorted and IDs are unique.

#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "app/rules_command.hpp"
#include "rules/registry.hpp"
#include "support/paths.hpp"
#include "util/embedded.hpp"

namespace axg::test {
namespace {

std::string lower(std::string_view id) {
    std::string out(id);
    for (auto& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

TEST(RuleCatalog, SortedUniqueAndWellFormed) {
    std::string previous;
    for (const rules::Rule* rule : rules::registry()) {
        EXPECT_LT(previous, std::string(rule->id));
        previous = std::string(rule->id);
        EXPECT_EQ(rules::find_rule(rule->id), rule);
        EXPECT_FALSE(rule->slug.empty());
        EXPECT_FALSE(rule->layer.empty());
        EXPECT_FALSE(rule->summary.empty());
    }
}

TEST(RuleCatalog, EveryRuleHasADocPage) {
    for (const rules::Rule* rule : rules::registry()) {
        auto doc = util::find_embedded("docs/rules/" + std::string(rule->id) + ".md");
        ASSERT_TRUE(doc.has_value()) << rule->id << " has no docs/rules/" << rule->id
                                     << ".md (re-run cmake after adding it)";
        EXPECT_TRUE(doc->starts_with("# " + std::string(rule->id) + " " + std::string(rule->slug)))
            << rule->id << ": the page's title must be \"# ID slug\"";
        EXPECT_NE(doc->find("| " + std::string(model::severity_name(rule->severity)) + " | " +
                            std::string(rule->layer) + " |"),
                  std::string::npos)
            << rule->id << ": the page's severity/layer differ from the registry";
        for (std::string_view section : {"## What it checks", "## Why it matters", "## Failing example",
                                         "## Passing example", "## How to fix", "## References"}) {
            EXPECT_NE(doc->find(section), std::string::npos) << rule->id << " lacks " << section;
        }
    }
}

TEST(RuleCatalog, EveryRuleHasATestFile) {
    for (const rules::Rule* rule : rules::registry()) {
        std::string file = lower(rule->id) + "_test.cpp";
        bool found = std::filesystem::exists(source_dir() / "tests" / "rules" / file);
        if (!found) { // rules raised by the check runner are tested with it
            found = std::filesystem::exists(source_dir() / "tests" / "check" / file);
        }
        EXPECT_TRUE(found) << rule->id << " has no tests/rules/" << file;
    }
}

TEST(RuleCatalog, ReadmeTableMatchesTheRegistry) {
    std::string readme = read_text(source_dir() / "docs" / "rules" / "README.md");
    const std::string begin = "<!-- BEGIN RULES (appexguard rules list --format markdown) -->\n";
    const std::string end = "<!-- END RULES -->";
    auto a = readme.find(begin);
    auto b = readme.find(end);
    ASSERT_NE(a, std::string::npos);
    ASSERT_NE(b, std::string::npos);
    EXPECT_EQ(readme.substr(a + begin.size(), b - a - begin.size()), app::rules_markdown_table())
        << "regenerate the table: appexguard rules list --format markdown";
}

TEST(RuleCatalog, LoaderEnforcedAxg303IsDocumentedButNotRegistered) {
    EXPECT_EQ(rules::find_rule("AXG303"), nullptr);
    EXPECT_TRUE(util::find_embedded("docs/rules/AXG303.md").has_value());
}

// The drift rules, and only they, need a base (or the lock): reports show them as not run without one.
TEST(RuleCatalog, ExactlyTheDriftRulesNeedABase) {
    for (const rules::Rule* rule : rules::registry()) {
        const bool drift = rule->id.starts_with("AXG4");
        EXPECT_EQ(rule->needs != rules::Needs::Project, drift) << rule->id;
        const bool entitlements = rule->id == "AXG401" || rule->id == "AXG402";
        EXPECT_EQ(rule->needs == rules::Needs::BaseOrLock, entitlements) << rule->id;
    }
}

} // namespace
} // namespace axg::test
