// GitHub Actions annotations (--format github), GitLab Code Quality (--gitlab-codequality) and SARIF on stdout
// (--format sarif): unit tests of the escaping and end-to-end runs on the flawed example.

#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "report/github.hpp"
#include "report/gitlab_codequality.hpp"
#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

const std::string k_flawed = "contracts/examples/notes-flawed/appexguard.toml";

model::Finding finding(std::string rule, model::Severity severity, std::string message, util::SourceLocation at) {
    model::Finding f;
    f.rule_id = std::move(rule);
    f.slug = "some-rule";
    f.severity = severity;
    f.target = "channels.x";
    f.message = std::move(message);
    f.fix = "do it";
    f.location = std::move(at);
    f.fingerprint = "0123456789abcdef";
    return f;
}

TEST(GithubAnnotations, EscapeWhatWouldEndTheCommandOrReachTheLogRaw) {
    EXPECT_EQ(report::github_escape("50% done\r\nnext", false), "50%25 done%0D%0Anext");
    EXPECT_EQ(report::github_escape("a:b,c", false), "a:b,c");
    EXPECT_EQ(report::github_escape("a:b,c", true), "a%3Ab%2Cc");
    EXPECT_EQ(report::github_escape("\x1b]0;title\x07", false), "\xef\xbf\xbd]0;title\xef\xbf\xbd");
}

TEST(GithubAnnotations, OneCommandPerActiveFindingAtItsSeverity) {
    std::vector<model::Finding> findings = {
        finding("AXG107", model::Severity::High, "get-task-allow", {"ios/A.entitlements", 8, 2}),
        finding("AXG101", model::Severity::Medium, "unused group", {"ios/S.entitlements", 3, 0}),
        finding("AXG402", model::Severity::Info, "fewer privileges", {"ios/a,b.toml", 0, 0}),
        finding("AXG209", model::Severity::High, "suppressed", {"ios/appexguard.toml", 5, 1})};
    findings[3].suppressed = model::SuppressionState{};
    report::ReportInput input;
    input.findings = findings;
    input.contract_path = "ios/appexguard.toml";
    std::ostringstream out;
    report::render_github(input, out);
    EXPECT_EQ(
        out.str(),
        "::error file=ios/A.entitlements,line=8,col=2,title=AXG107 some-rule (high)::get-task-allow%0AFix: do it\n"
        "::warning file=ios/S.entitlements,line=3,title=AXG101 some-rule (medium)::unused group%0AFix: do it\n"
        "::notice file=ios/a%2Cb.toml,title=AXG402 some-rule (info)::fewer privileges%0AFix: do it\n");
}

TEST(GithubAnnotations, CheckPrintsOnlyAnnotationsAndKeepsItsExitCode) {
    auto r = run_cli("check " + k_flawed + " --format github");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    auto json = nlohmann::json::parse(run_cli("check " + k_flawed + " --format json").out);
    std::size_t lines = 0;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line); ++lines) {
        EXPECT_TRUE(line.starts_with("::error file=") || line.starts_with("::warning file=") ||
                    line.starts_with("::notice file="))
            << line;
    }
    EXPECT_EQ(lines, json["summary"]["total"].get<std::size_t>());
}

TEST(GitlabCodeQuality, OneIssuePerActiveFindingWithAUniqueFingerprint) {
    TempDir dir;
    auto r = run_cli("check " + k_flawed + " --gitlab-codequality '" + (dir.path() / "cq.json").string() + "'");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    auto issues = nlohmann::json::parse(read_text(dir.path() / "cq.json"));
    auto json = nlohmann::json::parse(run_cli("check " + k_flawed + " --format json").out);
    ASSERT_TRUE(issues.is_array());
    EXPECT_EQ(issues.size(), json["summary"]["total"].get<std::size_t>());
    std::set<std::string> fingerprints;
    const std::set<std::string> severities = {"info", "minor", "major", "critical", "blocker"};
    for (const auto& issue : issues) {
        fingerprints.insert(issue["fingerprint"].get<std::string>());
        EXPECT_TRUE(severities.count(issue["severity"].get<std::string>())) << issue;
        EXPECT_FALSE(issue["description"].get<std::string>().empty());
        EXPECT_FALSE(issue["check_name"].get<std::string>().empty());
        EXPECT_TRUE(issue["location"]["path"].get<std::string>().starts_with("contracts/examples/notes-flawed/"))
            << issue;
        EXPECT_GE(issue["location"]["lines"]["begin"].get<int>(), 1);
    }
    EXPECT_EQ(fingerprints.size(), issues.size());
}

TEST(SarifOnStdout, IsTheSameDocumentAsTheSarifFile) {
    TempDir dir;
    auto file = run_cli("check " + k_flawed + " --sarif '" + (dir.path() / "r.sarif").string() + "'");
    auto out = run_cli("check " + k_flawed + " --format sarif");
    EXPECT_EQ(out.exit_code, 1) << out.err;
    EXPECT_EQ(out.out, read_text(dir.path() / "r.sarif"));
    EXPECT_EQ(nlohmann::json::parse(out.out)["version"], "2.1.0");
}

} // namespace
} // namespace axg::test
