// Baselines: written sorted, read back, and applied (new findings only, fixed ones counted).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "check/baseline.hpp"
#include "support/paths.hpp"

namespace axg::check {
namespace {

model::Finding finding(std::string fingerprint, bool suppressed = false) {
    model::Finding f;
    f.rule_id = "AXG101";
    f.target = "components." + fingerprint;
    f.fingerprint = std::move(fingerprint);
    if (suppressed) {
        f.suppressed = model::SuppressionState{"why", "", {}};
    }
    return f;
}

TEST(Baseline, WritesSortedUniqueUnsuppressedFingerprints) {
    Baseline b = make_baseline({finding("b"), finding("a"), finding("b"), finding("s", true)});
    ASSERT_EQ(b.entries.size(), 2u);
    EXPECT_EQ(b.entries[0].fingerprint, "a");
    EXPECT_EQ(b.entries[1].fingerprint, "b");
    util::Diagnostics diagnostics;
    auto back = parse_baseline(baseline_json(b), "b.json", diagnostics);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->entries, b.entries);
}

TEST(Baseline, AppliesToNewFindingsOnlyAndCountsFixedOnes) {
    Baseline b = make_baseline({finding("old"), finding("gone")});
    std::vector<model::Finding> today{finding("old"), finding("new"), finding("s", true)};
    BaselineOutcome outcome = apply_baseline(b, today);
    EXPECT_EQ(outcome.known, 1u);
    EXPECT_EQ(outcome.fixed, 1u);
    ASSERT_EQ(today.size(), 2u);
    EXPECT_EQ(today[0].fingerprint, "new");
    EXPECT_EQ(today[1].fingerprint, "s");
}

TEST(Baseline, BadFilesAreLocatedErrors) {
    util::Diagnostics d1;
    EXPECT_FALSE(parse_baseline("{\n  \"schema_version\": 1,\n  oops\n}", "b.json", d1));
    ASSERT_EQ(d1.size(), 1u);
    EXPECT_EQ(d1.items()[0].location.file, "b.json");
    EXPECT_EQ(d1.items()[0].location.line, 3u);
    util::Diagnostics d2;
    EXPECT_FALSE(parse_baseline(R"({"schema_version": 2, "findings": []})", "b.json", d2));
    EXPECT_NE(d2.items()[0].message.find("schema_version 2"), std::string::npos);
    util::Diagnostics d3;
    EXPECT_FALSE(parse_baseline(R"({"schema_version": 1, "findings": [{"rule": "AXG101"}]})", "b.json", d3));
}

TEST(BaselineE2e, AdoptOnAnOldProjectThenOnlyNewFindingsFail) {
    namespace fs = std::filesystem;
    ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1);
    fs::path dir = fs::temp_directory_path() / ("axg_baseline_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(test::source_dir() / "contracts/examples/notes-flawed", dir / "project", fs::copy_options::recursive);
    std::string contract = (dir / "project/appexguard.toml").string();
    std::string file = (dir / "accepted.json").string();

    auto before = test::run_cli("check " + contract);
    ASSERT_EQ(before.exit_code, 1) << before.err;
    auto written = test::run_cli("baseline " + contract + " -o " + file);
    ASSERT_EQ(written.exit_code, 0) << written.err;
    EXPECT_NE(written.out.find("wrote"), std::string::npos);
    auto json = nlohmann::json::parse(test::read_text(file));
    ASSERT_FALSE(json["findings"].empty());

    auto after = test::run_cli("check " + contract + " --baseline " + file + " --format json");
    EXPECT_EQ(after.exit_code, 0) << after.out << after.err;
    EXPECT_EQ(nlohmann::json::parse(after.out)["summary"]["total"], 0);

    // A fixed finding is counted; the comment says so.
    auto& entries = json["findings"];
    entries.push_back({{"fingerprint", "0000000000000000"}, {"rule", "AXG999"}, {"target", "gone"}});
    std::ofstream(file, std::ios::trunc) << json.dump(2);
    auto md = dir / "comment.md";
    auto fixed = test::run_cli("check " + contract + " --baseline " + file + " --markdown " + md.string());
    EXPECT_EQ(fixed.exit_code, 0) << fixed.err;
    EXPECT_NE(test::read_text(md).find("1 fixed since"), std::string::npos);

    auto broken = test::run_cli("check " + contract + " --baseline " + (dir / "missing.json").string());
    EXPECT_EQ(broken.exit_code, 2);
    fs::remove_all(dir);
}

} // namespace
} // namespace axg::check
