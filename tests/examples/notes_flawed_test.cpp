// The example contracts end to end: notes is clean, notes-flawed gives exactly the findings its
// README lists.

#include <set>
#include <utility>

#include <gtest/gtest.h>

#include "check/check.hpp"
#include "load/model_loader.hpp"
#include "support/paths.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Examples, NotesIsCleanUnderBaseline) {
    auto r = run_cli("check contracts/examples/notes/appexguard.toml");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("no findings"), std::string::npos) << r.out;
}

TEST(Examples, NotesFlawedFindsWhatItsReadmeLists) {
    ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1);
    load::LoadOptions options;
    options.contract_path = (source_dir() / "contracts/examples/notes-flawed/appexguard.toml").string();
    util::Diagnostics diagnostics;
    auto model = load::load_model(options, diagnostics);
    ASSERT_TRUE(model) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
    auto result = check::run_check(analysis::Analysis(*model), baseline_policy());
    std::multiset<std::pair<std::string, std::string>> got;
    std::string dump;
    for (const auto& f : result.findings) {
        if (f.rule_id.starts_with("AXG5")) {
            continue; // threat-graph findings are asserted by the graph's own tests
        }
        got.emplace(f.rule_id, f.target);
        dump += f.rule_id + " " + f.target + " " + f.message + "\n";
        EXPECT_FALSE(f.suppressed.has_value()) << f.rule_id;
    }
    std::multiset<std::pair<std::string, std::string>> expected = {
        {"AXG101", "components.share"},       {"AXG103", "stores.keychain"},
        {"AXG107", "components.app"},         {"AXG112", "components.widget"},
        {"AXG113", "components.widget"}, // once, in Debug and Release (the message names no configuration)
        {"AXG201", "channels.login-handoff"}, {"AXG202", "channels.share-to-app"},
        {"AXG204", "channels.share-to-app"},  {"AXG207", "channels.share-to-app"},
        {"AXG209", "channels.share-to-app"},  {"AXG210", "channels.share-to-app"},
        {"AXG215", "channels.clip-import"},   {"AXG301", "schemas.SharedNote.fields.body"},
        {"AXG302", "channels.share-to-app"},  {"AXG901", "suppressions.1"},
        {"AXG902", "suppressions.2"},
    };
    EXPECT_EQ(got, expected) << dump;
    // Most families are exercised: 1xx, 2xx, 3xx, 9xx.
    std::set<char> families;
    for (const auto& [rule, target] : got) {
        families.insert(rule[3]);
    }
    EXPECT_EQ(families, (std::set<char>{'1', '2', '3', '9'}));
}

TEST(Examples, NotesFlawedFailsTheGate) {
    auto r = run_cli("check contracts/examples/notes-flawed/appexguard.toml");
    EXPECT_EQ(r.exit_code, 1);
}

} // namespace
} // namespace axg::test
