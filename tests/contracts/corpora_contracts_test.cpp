// Contracts a security reviewer wrote for two real projects of ../shared/corpora, and the findings
// the reviewer expects from them: no more (noise), no fewer.

#include <filesystem>
#include <set>
#include <tuple>

#include <gtest/gtest.h>

#include "support/paths.hpp"
#include "load/model_loader.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

// Copies the corpora project into a temp dir with the contract beside it; returns the check result.
std::optional<check::CheckResult> check_corpus(const std::string& project, const std::string& contract) {
    auto corpora = corpora_dir();
    if (!corpora) {
        return std::nullopt;
    }
    fs::path dir = write_fixture(read_text(source_dir() / "tests" / "contracts" / contract / "appexguard.toml"));
    fs::copy(*corpora / project, dir, fs::copy_options::recursive | fs::copy_options::skip_existing);
    load::LoadOptions options;
    options.contract_path = (dir / "appexguard.toml").string();
    util::Diagnostics diagnostics;
    auto model = load::load_model(options, diagnostics);
    for (const auto& d : diagnostics.sorted()) {
        ADD_FAILURE() << d.str();
    }
    if (!model) {
        return check::CheckResult{};
    }
    return check::run_check(analysis::Analysis(*model), baseline_policy());
}

using Key = std::tuple<std::string, std::string, bool>; // rule, target, suppressed

// The rule catalog of this suite: families 1xx, 2xx, 3xx and 9xx (drift and the threat graph are
// asserted by their own tests).
bool in_catalog(const model::Finding& f) {
    char family = f.rule_id.size() > 3 ? f.rule_id[3] : '?';
    return family == '1' || family == '2' || family == '3' || family == '9';
}

std::set<Key> keys(const check::CheckResult& r) {
    std::set<Key> out;
    for (const auto& f : r.findings) {
        if (!in_catalog(f)) {
            continue;
        }
        out.emplace(f.rule_id, f.target, f.suppressed.has_value());
    }
    return out;
}

std::string dump(const check::CheckResult& r) {
    std::string out;
    for (const auto& f : r.findings) {
        out += f.rule_id + " " + f.target + (f.suppressed ? " (suppressed) " : " ") + f.message + "\n";
    }
    return out;
}

TEST(CorporaContracts, ProtonPass) {
    ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1);
    auto r = check_corpus("protonpass__ios-pass", "protonpass");
    if (!r) {
        GTEST_SKIP() << "../shared/corpora is absent";
    }
    std::set<Key> expected = {
        // The share extension holds the AutoFill credential-provider entitlement.
        {"AXG105", "components.share", false},
        // (aps-environment = development in the app's entitlements is not a finding: signing with a distribution
        // profile makes it production; docs/rules/AXG107.md.)
        // TOTP seeds arrive over otpauth://, a scheme any app can claim: accepted with a reason in the contract
        // (the protocol puts the seed in the URL). AXG202 and AXG204 leave it to AXG201: one finding for one problem.
        {"AXG201", "channels.otpauth-import", true},
    };
    EXPECT_EQ(keys(*r), expected) << dump(*r);
    for (const auto& f : r->findings) {
        EXPECT_GT(f.location.line, 0u) << f.rule_id;
    }
}

TEST(CorporaContracts, NetNewsWire) {
    auto r = check_corpus("Ranchero-Software__NetNewsWire", "netnewswire");
    if (!r) {
        GTEST_SKIP() << "../shared/corpora is absent";
    }
    std::set<Key> expected = {
        // App Transport Security is off for the whole app (a feed reader loads arbitrary feeds; still a finding).
        {"AXG108", "components.app", false},
        // The widget copies the app's keychain access group but reads no credential.
        {"AXG102", "components.widget", false},
    };
    EXPECT_EQ(keys(*r), expected) << dump(*r);
}

} // namespace
} // namespace axg::test
