#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"
#include "xcode_facts_fixture.hpp"

namespace axg::test {
namespace {

std::string contract_naming(const std::string& entitlements) {
    return k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = ")" +
           entitlements + "\"\n";
}

TEST(Axg124, FiresWhenTheContractNamesAFileWithAnotherLetterCase) {
    // Read through the file-system source, which finds passShortcuts.entitlements as a Mac would.
    auto f = run_rule("AXG124", contract_naming("App/PassShortcuts.entitlements"),
                      {{"App/passShortcuts.entitlements", plist("")}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("App/PassShortcuts.entitlements\""), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("App/passShortcuts.entitlements"), std::string::npos) << f[0].message;
    EXPECT_EQ(f[0].location.line, 9u); // entitlements = … in the contract
}

TEST(Axg124, QuietWhenTheCaseMatches) {
    EXPECT_TRUE(run_rule("AXG124", contract_naming("App/passShortcuts.entitlements"),
                         {{"App/passShortcuts.entitlements", plist("")}})
                    .empty());
}

TEST(Axg124, FiresForAPathTheProjectNamesWithAnotherCase) {
    model::Model m = xcode_fixture_model();
    model::XcodeFacts facts = xcode_fixture_facts();
    facts.case_mismatches.push_back(
        {"Share/Share.entitlements", "Share/share.entitlements", {facts.path, 10, 5}, facts.path});
    facts.case_mismatches.push_back( // the same file named by a second target: one finding
        {"Share/Share.entitlements", "Share/share.entitlements", {facts.path, 20, 5}, facts.path});
    m.xcode = facts;
    auto f = run_xcode_rule("AXG124", m);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].location.file, facts.path);
    EXPECT_EQ(f[0].target, "files.Share/share.entitlements");
}

TEST(Axg124, QuietWithoutMismatches) {
    model::Model m = xcode_fixture_model();
    m.xcode = xcode_fixture_facts();
    EXPECT_TRUE(run_xcode_rule("AXG124", m).empty());
}

} // namespace
} // namespace axg::test
