// The password-manager example end to end: vault is clean under the strict policy without a
// suppression, and vault-flawed gives exactly the findings its README lists, one per layer of the
// design brief, each at its line.

#include <filesystem>
#include <set>
#include <string>
#include <tuple>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "check/check.hpp"
#include "load/model_loader.hpp"
#include "support/paths.hpp"
#include "support/rule_fixture.hpp"
#include "support/sarif_schema.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

const std::string k_vault = "contracts/examples/vault/appexguard.toml";
const std::string k_flawed = "contracts/examples/vault-flawed/appexguard.toml";

TEST(Examples, VaultIsCleanUnderStrict) {
    auto r = run_cli("check " + k_vault + " --policy strict");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("no findings"), std::string::npos) << r.out;
}

TEST(Examples, VaultHasNoSuppressionsAndUsesStrict) {
    load::LoadOptions options;
    options.contract_path = (source_dir() / k_vault).string();
    util::Diagnostics diagnostics;
    auto model = load::load_model(options, diagnostics);
    ASSERT_TRUE(model) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
    EXPECT_TRUE(model->contract.suppressions.empty());
    auto result = check::run_check(analysis::Analysis(*model), builtin_policy("strict"));
    EXPECT_TRUE(result.findings.empty()) << result.findings.front().rule_id << " " << result.findings.front().message;
    // Clean without --policy too: the contract itself names strict.
    auto r = run_cli("check " + k_vault);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST(Examples, VaultGraphAndThreatsRun) {
    auto graph = run_cli("graph " + k_vault);
    EXPECT_EQ(graph.exit_code, 0) << graph.err;
    EXPECT_NE(graph.out.find("digraph"), std::string::npos);
    EXPECT_NE(graph.out.find("components.safari"), std::string::npos);
    auto threats = run_cli("threats " + k_vault);
    EXPECT_EQ(threats.exit_code, 0) << threats.err;
    EXPECT_NE(threats.out.find("web-staged-login"), std::string::npos);
    // The low-trust extensions reach no credential that is not their own.
    for (const char* low : {"keyboard", "share", "widget"}) {
        auto radius = run_cli("threats " + k_vault + " --compromised " + low + " --format json");
        ASSERT_EQ(radius.exit_code, 0) << low << radius.err;
        auto json = nlohmann::json::parse(radius.out);
        EXPECT_NE(json["blast_radius"]["worst_classification"], "credential") << low;
    }
}

TEST(Examples, VaultSarifIsValid) {
    if (!std::filesystem::exists(sarif_schema_path())) {
        GTEST_SKIP() << "no " << sarif_schema_path();
    }
    for (const auto& contract : {k_vault, k_flawed}) {
        TempDir dir;
        auto out = dir.path() / "report.sarif";
        auto r = run_cli("check " + contract + " --policy strict --sarif '" + out.string() + "'");
        ASSERT_NE(r.exit_code, 2) << r.err;
        auto sarif = nlohmann::json::parse(read_text(out));
        EXPECT_EQ(sarif_schema_errors(sarif), "") << contract;
    }
}

TEST(Examples, VaultFlawedFindsWhatItsReadmeLists) {
    ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1);
    load::LoadOptions options;
    options.contract_path = (source_dir() / k_flawed).string();
    util::Diagnostics diagnostics;
    auto model = load::load_model(options, diagnostics);
    ASSERT_TRUE(model) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
    auto result = check::run_check(analysis::Analysis(*model), builtin_policy("strict"));
    using Row = std::tuple<std::string, std::string, std::string, std::uint32_t>; // rule, target, file, line
    std::multiset<Row> got;
    std::string dump;
    for (const auto& f : result.findings) {
        std::string file = std::filesystem::path(f.location.file.str())
                               .lexically_relative(std::filesystem::path(model->contract.path).parent_path())
                               .generic_string();
        got.emplace(f.rule_id, f.target, file, f.location.line);
        dump += f.rule_id + " " + f.target + " " + f.location.str() + " " + f.message + "\n";
        EXPECT_FALSE(f.suppressed.has_value()) << f.rule_id;
    }
    std::multiset<Row> expected = {
        {"AXG112", "components.nse", "NotificationService/Info.plist", 18},      // sandbox segmentation
        {"AXG106", "components.keyboard", "Keyboard/Info.plist", 26},            // least privilege
        {"AXG109", "components.app", "Vault/Info.plist", 27},                    // explicit channels
        {"AXG203", "channels.share-draft", "appexguard.toml", 278},              // authentication
        {"AXG205", "channels.push-key", "appexguard.toml", 340},                 // encryption & keys
        {"AXG301", "schemas.SaveLogin.fields.username", "appexguard.toml", 165}, // validation
        {"AXG207", "channels.web-staged-login", "appexguard.toml", 326},         // lifetime
        {"AXG209", "channels.invite-link", "appexguard.toml", 417},              // abuse resistance
        {"AXG210", "channels.security-alert", "appexguard.toml", 344},           // audit
        {"AXG501", "channels.security-alert", "appexguard.toml", 344},           // audit: its repudiation threat
        {"AXG902", "suppressions.1", "appexguard.toml", 419},                    // governance
        {"AXG502", "components.share", "appexguard.toml", 53},                   // blast radius
    };
    EXPECT_EQ(got, expected) << dump;
    // One flaw per layer, each reported by a rule of its own.
    std::set<std::string> rules;
    for (const auto& [rule, target, file, line] : got) {
        rules.insert(rule);
    }
    EXPECT_EQ(rules.size(), got.size());
}

TEST(Examples, VaultFlawedFailsTheGate) {
    ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1);
    auto r = run_cli("check " + k_flawed);
    EXPECT_EQ(r.exit_code, 1) << r.err;
}

} // namespace
} // namespace axg::test
