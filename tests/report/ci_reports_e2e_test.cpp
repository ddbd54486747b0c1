// End to end: one `check` writes SARIF, JUnit, Markdown and HTML with one exit code; goldens
// for every format on the examples; SARIF validates against the 2.1.0 schema; fingerprints
// survive inserted lines.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <unistd.h>

#include "support/paths.hpp"
#include "support/sarif_schema.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

const char* const k_examples[] = {"notes", "notes-flawed"};

// A fresh directory per test; removed at the end.
class TempDir {
public:
    TempDir() {
        static int counter = 0;
        m_path =
            fs::temp_directory_path() / ("axg_reports_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

struct Outputs {
    RunResult run;
    std::string sarif, junit, markdown, html;
};

Outputs check_all(const std::string& contract, const fs::path& dir, const fs::path& cwd = source_dir(),
                  const std::string& extra = "") {
    ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1);
    Outputs o;
    o.run = run_cli("check " + contract + " --sarif '" + (dir / "report.sarif").string() + "' --junit '" +
                        (dir / "report.xml").string() + "' --markdown '" + (dir / "comment.md").string() +
                        "' --html '" + (dir / "report.html").string() + "' " + extra,
                    cwd);
    o.sarif = read_text(dir / "report.sarif");
    o.junit = read_text(dir / "report.xml");
    o.markdown = read_text(dir / "comment.md");
    o.html = read_text(dir / "report.html");
    return o;
}

std::string example_contract(const std::string& name) {
    return "contracts/examples/" + name + "/appexguard.toml";
}

TEST(CiReportsE2e, OneRunWritesEveryFormatWithTheTextReportAndOneExitCode) {
    TempDir dir;
    Outputs o = check_all(example_contract("notes-flawed"), dir.path());
    EXPECT_EQ(o.run.exit_code, 1) << o.run.err;
    EXPECT_NE(o.run.out.find("AXG"), std::string::npos); // the text report still goes to the terminal
    EXPECT_FALSE(o.sarif.empty());
    EXPECT_FALSE(o.junit.empty());
    EXPECT_FALSE(o.markdown.empty());
    EXPECT_FALSE(o.html.empty());
    for (const auto& entry : fs::directory_iterator(dir.path())) { // no temporary file left behind
        EXPECT_EQ(entry.path().string().find(".tmp."), std::string::npos) << entry.path();
    }
    Outputs clean = check_all(example_contract("notes"), dir.path());
    EXPECT_EQ(clean.run.exit_code, 0) << clean.run.err;
}

TEST(CiReportsE2e, GoldenFilesForEveryFormat) {
    for (const char* example : k_examples) {
        TempDir dir;
        Outputs o = check_all(example_contract(example), dir.path());
        ASSERT_NE(o.run.exit_code, 2) << o.run.err;
        fs::path golden = source_dir() / "tests" / "golden" / example;
        for (const auto& [name, text] : {std::pair<std::string, const std::string*>{"report.sarif", &o.sarif},
                                         {"report.xml", &o.junit},
                                         {"comment.md", &o.markdown},
                                         {"report.html", &o.html}}) {
            std::string expected = read_text(golden / name);
            ASSERT_FALSE(expected.empty()) << golden / name << " missing: run scripts/update-goldens.sh";
            // Report the first differing line, not two whole reports.
            std::size_t at = 0;
            while (at < text->size() && at < expected.size() && (*text)[at] == expected[at]) {
                ++at;
            }
            std::size_t line = static_cast<std::size_t>(std::count(expected.begin(), expected.begin() + at, '\n')) + 1;
            EXPECT_TRUE(*text == expected) << example << "/" << name << " differs at line " << line
                                           << " (scripts/update-goldens.sh rewrites the goldens)";
        }
    }
}

TEST(CiReportsE2e, SarifValidatesAgainstTheSchema) {
    if (!fs::exists(sarif_schema_path())) {
        GTEST_SKIP() << "no " << sarif_schema_path();
    }
    for (const char* example : k_examples) {
        TempDir dir;
        Outputs o = check_all(example_contract(example), dir.path());
        nlohmann::json sarif = nlohmann::json::parse(o.sarif);
        EXPECT_EQ(sarif_schema_errors(sarif), "") << example;
        // A deliberately broken copy must fail, or the validation proves nothing.
        sarif["runs"][0]["results"] = "not an array";
        EXPECT_NE(sarif_schema_errors(sarif), "");
    }
}

TEST(CiReportsE2e, SarifMeetsGithubCodeScanningRequirements) {
    TempDir dir;
    Outputs o = check_all(example_contract("notes-flawed"), dir.path());
    nlohmann::json sarif = nlohmann::json::parse(o.sarif);
    EXPECT_EQ(sarif["version"], "2.1.0");
    const auto& run = sarif["runs"][0];
    const auto& driver = run["tool"]["driver"];
    EXPECT_EQ(driver["name"], "appexguard");
    EXPECT_TRUE(driver.contains("version") && driver.contains("informationUri"));
    std::set<std::string> rule_ids;
    for (const auto& rule : driver["rules"]) {
        rule_ids.insert(rule["id"].get<std::string>());
        EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty()) << rule["id"];
        EXPECT_LE(rule["shortDescription"]["text"].get<std::string>().size(), 1024u);
        EXPECT_FALSE(rule["fullDescription"]["text"].get<std::string>().empty()) << rule["id"];
        EXPECT_FALSE(rule["help"]["markdown"].get<std::string>().empty()) << rule["id"];
        double score = std::stod(rule["properties"]["security-severity"].get<std::string>());
        EXPECT_GT(score, 0.0);
        EXPECT_LE(score, 10.0);
        EXPECT_TRUE(rule["defaultConfiguration"].contains("level"));
    }
    ASSERT_FALSE(run["results"].empty());
    for (const auto& result : run["results"]) {
        EXPECT_TRUE(rule_ids.count(result["ruleId"].get<std::string>())) << result["ruleId"];
        const auto& loc = result["locations"][0]["physicalLocation"];
        std::string uri = loc["artifactLocation"]["uri"];
        EXPECT_EQ(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%") << uri;
        EXPECT_NE(uri.front(), '/');
        EXPECT_EQ(uri.find(".."), std::string::npos);
        EXPECT_TRUE(fs::exists(source_dir() / uri)) << uri; // relative to the repository root
        EXPECT_GE(loc["region"]["startLine"].get<int>(), 1);
        EXPECT_FALSE(result["partialFingerprints"]["appexguard/v1"].get<std::string>().empty());
    }
}

TEST(CiReportsE2e, SuppressedFindingsCarryTheirJustification) {
    TempDir work;
    fs::path copy = work.path() / "project";
    fs::copy(source_dir() / "contracts/examples/notes-flawed", copy, fs::copy_options::recursive);
    std::ofstream(copy / "appexguard.toml", std::ios::app)
        << "\n[[suppressions]]\nrule = \"AXG101\"\ntarget = \"components.share\"\n"
           "reason = \"Legacy group, removed in 4.0\"\nexpires = \"2099-01-01\"\n";
    TempDir out;
    Outputs o = check_all((copy / "appexguard.toml").string(), out.path(), work.path());
    ASSERT_NE(o.run.exit_code, 2) << o.run.err;
    std::size_t suppressed = 0;
    nlohmann::json sarif = nlohmann::json::parse(o.sarif); // named: a loop over a temporary's member dangles
    for (const auto& result : sarif["runs"][0]["results"]) {
        if (result.contains("suppressions")) {
            ++suppressed;
            EXPECT_EQ(result["ruleId"], "AXG101");
            EXPECT_EQ(result["suppressions"][0]["justification"], "Legacy group, removed in 4.0");
            // The suppression is located in the contract, relative to the root (the contract's directory here).
            EXPECT_EQ(result["suppressions"][0]["location"]["physicalLocation"]["artifactLocation"]["uri"],
                      "appexguard.toml");
        }
    }
    EXPECT_EQ(suppressed, 1u);
    EXPECT_NE(o.junit.find("<skipped message=\"suppressed: Legacy group, removed in 4.0\"/>"), std::string::npos);
    EXPECT_NE(o.html.find("Suppressed: Legacy group, removed in 4.0"), std::string::npos);
}

// Copies an example, inserts lines at the top of every file, and compares fingerprints.
TEST(CiReportsE2e, FingerprintsSurviveLinesInsertedAboveAFinding) {
    TempDir work;
    fs::path copy = work.path() / "project";
    fs::copy(source_dir() / "contracts/examples/notes-flawed", copy, fs::copy_options::recursive);
    TempDir out1;
    Outputs before = check_all((copy / "appexguard.toml").string(), out1.path(), work.path());
    ASSERT_NE(before.run.exit_code, 2) << before.run.err;

    std::string contract = read_text(copy / "appexguard.toml");
    std::ofstream(copy / "appexguard.toml", std::ios::trunc) << "# inserted\n# lines\n\n" << contract;
    for (const auto& entry : fs::recursive_directory_iterator(copy)) {
        if (entry.path().extension() == ".entitlements") {
            std::string text = read_text(entry.path());
            auto at = text.find("<dict>");
            if (at != std::string::npos) {
                text.insert(at + 6, "\n\n\n");
                std::ofstream(entry.path(), std::ios::trunc) << text;
            }
        }
    }
    TempDir out2;
    Outputs after = check_all((copy / "appexguard.toml").string(), out2.path(), work.path());
    auto summary = [](const std::string& text) {
        std::multiset<std::string> fingerprints;
        std::vector<int> lines;
        nlohmann::json sarif = nlohmann::json::parse(text);
        for (const auto& r : sarif["runs"][0]["results"]) {
            fingerprints.insert(r["partialFingerprints"]["appexguard/v1"].get<std::string>());
            lines.push_back(r["locations"][0]["physicalLocation"]["region"]["startLine"].get<int>());
        }
        return std::make_pair(fingerprints, lines);
    };
    auto [fp_before, lines_before] = summary(before.sarif);
    auto [fp_after, lines_after] = summary(after.sarif);
    ASSERT_FALSE(fp_before.empty());
    EXPECT_EQ(fp_before, fp_after);
    EXPECT_NE(lines_before, lines_after); // the lines did move
}

TEST(CiReportsE2e, JunitHasAFailurePerActiveFinding) {
    TempDir dir;
    Outputs o = check_all(example_contract("notes-flawed"), dir.path());
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(o.junit.c_str())) << "JUnit is not well-formed XML";
    nlohmann::json json = nlohmann::json::parse(
        run_cli("check " + example_contract("notes-flawed") + " --format json --fail-on never").out);
    std::size_t active = json["summary"]["total"].get<std::size_t>();
    std::size_t suppressed = json["summary"]["suppressed"].get<std::size_t>();
    auto suites = doc.child("testsuites");
    EXPECT_EQ(suites.attribute("failures").as_ullong(), active);
    std::size_t not_run = 0; // the 15 drift rules: no base, no lock
    for (auto suite : suites.children("testsuite")) {
        for (auto testcase : suite.children("testcase")) {
            not_run += std::string_view(testcase.child("skipped").attribute("message").value()).starts_with("not run:");
        }
    }
    EXPECT_EQ(not_run, 15u);
    EXPECT_EQ(suites.attribute("skipped").as_ullong(), suppressed + not_run);
    std::size_t failures = 0, suites_count = 0, tests = 0;
    for (auto suite : suites.children("testsuite")) {
        ++suites_count;
        std::size_t in_suite = 0;
        for (auto testcase : suite.children("testcase")) {
            ++tests;
            if (testcase.child("failure")) {
                ++in_suite;
            }
        }
        EXPECT_EQ(suite.attribute("failures").as_ullong(), in_suite) << suite.attribute("name").value();
        failures += in_suite;
    }
    EXPECT_EQ(failures, active);
    EXPECT_EQ(suites.attribute("tests").as_ullong(), tests);
    EXPECT_GE(suites_count, 2u);
}

TEST(CiReportsE2e, JunitCasesAreUniqueLinkTheirRuleAndSkipTheDriftRulesThatDidNotRun) {
    TempDir dir;
    for (const char* name : {"notes-flawed", "vault-flawed"}) {
        Outputs o = check_all(example_contract(name), dir.path(), source_dir(), "--policy strict");
        pugi::xml_document doc;
        ASSERT_TRUE(doc.load_string(o.junit.c_str())) << name;
        std::set<std::string> keys;
        std::size_t cases = 0;
        for (auto suite : doc.child("testsuites").children("testsuite")) {
            for (auto testcase : suite.children("testcase")) {
                ++cases;
                keys.insert(std::string(suite.attribute("name").value()) + "|" +
                            testcase.attribute("classname").value() + "|" + testcase.attribute("name").value());
                if (auto failure = testcase.child("failure")) {
                    EXPECT_NE(std::string(failure.text().get()).find("Rule: https://"), std::string::npos) << name;
                }
                std::string test = testcase.attribute("name").value();
                if (test.starts_with("AXG4")) {
                    EXPECT_TRUE(testcase.child("skipped")) << name << ": " << test << " did not run";
                }
            }
        }
        EXPECT_EQ(keys.size(), cases) << name << ": two test cases share suite, class and name";
    }
    // With a lock, the entitlement drift rules run and pass; the schema drift rules still need a base.
    TempDir work;
    fs::copy(source_dir() / "contracts/examples/notes", work.path() / "notes", fs::copy_options::recursive);
    ASSERT_EQ(run_cli("lock notes/appexguard.toml", work.path()).exit_code, 0);
    Outputs o = check_all("notes/appexguard.toml", dir.path(), work.path());
    for (const char* rule : {"AXG401 entitlement-added", "AXG402 entitlement-removed"}) {
        EXPECT_NE(o.junit.find("name=\"" + std::string(rule) + "\" time=\"0\"/>"), std::string::npos) << rule;
    }
    EXPECT_NE(o.junit.find("name=\"AXG403 field-removed\" time=\"0\">\n      <skipped message=\"not run: a drift rule"),
              std::string::npos);
}

TEST(CiReportsE2e, SarifRuleSeverityFollowsThePolicyAndRelatedLocationsAreLinked) {
    TempDir dir;
    auto rules_of = [&](const std::string& policy) {
        Outputs o = check_all(example_contract("vault-flawed"), dir.path(), source_dir(), "--policy " + policy);
        return nlohmann::json::parse(o.sarif);
    };
    auto severity = [](const nlohmann::json& sarif, const std::string& id) {
        for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
            if (rule["id"] == id) {
                return rule["properties"]["security-severity"].get<std::string>() + " " +
                       rule["defaultConfiguration"]["level"].get<std::string>();
            }
        }
        return std::string("absent");
    };
    nlohmann::json strict = rules_of("strict"); // raises AXG209 and AXG301 to high
    nlohmann::json baseline = rules_of("baseline");
    EXPECT_EQ(severity(strict, "AXG209"), "8.0 error");
    EXPECT_EQ(severity(strict, "AXG301"), "8.0 error");
    EXPECT_EQ(severity(baseline, "AXG209"), "5.5 warning");
    const auto& run = strict["runs"][0];
    EXPECT_EQ(run["automationDetails"]["id"], "appexguard/contracts/examples/vault-flawed/appexguard.toml/");
    EXPECT_NE(run["tool"]["driver"]["fullName"].get<std::string>().find("appexguard"), std::string::npos);
    std::size_t related = 0;
    for (const auto& result : run["results"]) {
        if (!result.contains("relatedLocations")) {
            continue;
        }
        const std::string text = result["message"]["text"];
        for (const auto& loc : result["relatedLocations"]) {
            ++related;
            EXPECT_FALSE(loc["message"]["text"].get<std::string>().empty());
            EXPECT_NE(text.find("](" + std::to_string(loc["id"].get<int>()) + ")"), std::string::npos) << text;
        }
    }
    EXPECT_GT(related, 0u);
}

TEST(CiReportsE2e, MarkdownPutsNewFindingsFirstAndTheHtmlHasTheDiagram) {
    TempDir dir;
    Outputs o = check_all(example_contract("notes-flawed"), dir.path());
    EXPECT_NE(o.markdown.find("| Severity | Findings |"), std::string::npos);
    // "New findings" only when a baseline took the known ones out.
    EXPECT_EQ(o.markdown.find("### New findings"), std::string::npos);
    auto new_findings = o.markdown.find("### Findings");
    EXPECT_NE(o.markdown.find("| Severity | Rule | Target | Message | Location |"), std::string::npos);
    EXPECT_NE(o.markdown.find("[AXG107](https://"), std::string::npos) << "rules link their page";
    {
        TempDir other;
        ASSERT_EQ(run_cli("baseline " + example_contract("notes") + " -o '" + (other.path() / "b.json").string() + "'")
                      .exit_code,
                  0);
        Outputs with_baseline = check_all(example_contract("notes-flawed"), other.path(), source_dir(),
                                          "--baseline '" + (other.path() / "b.json").string() + "'");
        EXPECT_NE(with_baseline.markdown.find("### New findings"), std::string::npos);
    }
    auto details = o.markdown.find("<details>");
    ASSERT_NE(new_findings, std::string::npos);
    ASSERT_NE(details, std::string::npos);
    EXPECT_LT(new_findings, details);
    EXPECT_LT(o.markdown.size(), 65536u);
    EXPECT_NE(o.html.find("<svg"), std::string::npos);
    EXPECT_EQ(o.html.find("<?xml"), std::string::npos);
    EXPECT_NE(o.html.find("id=\"filter-severity\""), std::string::npos);
    EXPECT_NE(o.html.find("id=\"filter-component\""), std::string::npos);
}

TEST(CiReportsE2e, TemplateOverridesAndTheirErrors) {
    TempDir dir;
    fs::path templates = dir.path() / "templates";
    fs::create_directories(templates);
    std::ofstream(templates / "comment.md.mustache") << "custom {{summary}} {{#active}}[{{rule}}]{{/active}}\n";
    Outputs o = check_all(example_contract("notes-flawed"), dir.path(), source_dir(),
                          "--templates '" + templates.string() + "'");
    EXPECT_EQ(o.markdown.rfind("custom ", 0), 0u) << o.markdown;
    EXPECT_NE(o.markdown.find("[AXG"), std::string::npos);
    EXPECT_NE(o.html.find("<svg"), std::string::npos); // not overridden: the built-in one

    std::ofstream(templates / "report.html.mustache", std::ios::trunc) << "<p>\n{{#findings}}\n{{rule}}\n";
    fs::remove(dir.path() / "report.sarif");
    Outputs bad = check_all(example_contract("notes-flawed"), dir.path(), source_dir(),
                            "--templates '" + templates.string() + "'");
    EXPECT_EQ(bad.run.exit_code, 2);
    EXPECT_NE(bad.run.err.find("report.html.mustache:2:1"), std::string::npos) << bad.run.err;
    EXPECT_FALSE(fs::exists(dir.path() / "report.sarif")); // nothing written on unusable input

    auto missing = run_cli("check " + example_contract("notes") + " --html x.html --templates /no/such/dir");
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("/no/such/dir"), std::string::npos);
}

TEST(CiReportsE2e, UnwritableOutputExitsTwo) {
    auto r = run_cli("check " + example_contract("notes") + " --sarif /no/such/dir/out.sarif");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("out.sarif"), std::string::npos);
}

} // namespace
} // namespace axg::test
