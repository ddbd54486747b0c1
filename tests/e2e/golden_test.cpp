// The built binary on every bundled example, compared byte for byte with tests/golden/check/
// (regenerate with scripts/update-goldens.sh after an intended change, and review the diff).

#include <gtest/gtest.h>

#include <unistd.h>

#include "support/paths.hpp"

namespace fs = std::filesystem;
using axg::test::read_text;
using axg::test::run_cli;
using axg::test::source_dir;

namespace {
std::vector<std::string> examples() {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(source_dir() / "contracts" / "examples")) {
        if (fs::exists(entry.path() / "appexguard.toml")) {
            out.push_back(entry.path().filename().string());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string contract_arg(const std::string& name) {
    return "contracts/examples/" + name + "/appexguard.toml";
}
} // namespace

TEST(GoldenCheck, EveryExampleHasGoldens) {
    auto names = examples();
    ASSERT_FALSE(names.empty());
    for (const auto& name : names) {
        auto dir = source_dir() / "tests" / "golden" / "check" / name;
        EXPECT_TRUE(fs::exists(dir / "check.txt")) << name << ": run scripts/update-goldens.sh";
        EXPECT_TRUE(fs::exists(dir / "check.json")) << name;
        EXPECT_TRUE(fs::exists(dir / "exit_code")) << name;
    }
}

TEST(GoldenCheck, TextAndJsonMatchByteForByte) {
    for (const auto& name : examples()) {
        SCOPED_TRACE(name);
        auto dir = source_dir() / "tests" / "golden" / "check" / name;
        if (!fs::exists(dir / "check.txt")) {
            continue; // reported by EveryExampleHasGoldens
        }
        auto text = run_cli("check " + contract_arg(name));
        EXPECT_EQ(text.out, read_text(dir / "check.txt"));
        EXPECT_EQ(std::to_string(text.exit_code) + "\n", read_text(dir / "exit_code"));
        EXPECT_TRUE(text.err.empty()) << text.err;
        auto json = run_cli("check " + contract_arg(name) + " --format json");
        EXPECT_EQ(json.out, read_text(dir / "check.json"));
        EXPECT_EQ(json.exit_code, text.exit_code);
    }
}

TEST(GoldenCheck, CleanExamplePassesAndFlawedFails) {
    auto clean = run_cli("check " + contract_arg("notes"));
    EXPECT_EQ(clean.exit_code, 0) << clean.out;
    EXPECT_NE(clean.out.find("no findings"), std::string::npos);
    if (!fs::exists(source_dir() / contract_arg("notes-flawed"))) {
        GTEST_SKIP() << "no flawed example yet";
    }
    auto flawed = run_cli("check " + contract_arg("notes-flawed"));
    EXPECT_EQ(flawed.exit_code, 1);
    // Findings name file:line:column of manifests, not only the contract.
    EXPECT_NE(flawed.out.find("contracts/examples/notes-flawed/Notes/Notes.entitlements"), std::string::npos)
        << flawed.out;
    auto never = run_cli("check " + contract_arg("notes-flawed") + " --fail-on never");
    EXPECT_EQ(never.exit_code, 0);
    auto critical_only = run_cli("check " + contract_arg("notes-flawed") + " --fail-on critical -q");
    EXPECT_TRUE(critical_only.exit_code == 0 || critical_only.exit_code == 1);
    EXPECT_EQ(critical_only.out.find("fix:"), std::string::npos) << "-q prints no fix lines";
}

TEST(GoldenCheck, OutputIsDeterministicAndFileOutputIsAtomic) {
    auto a = run_cli("check " + contract_arg("notes") + " --format json");
    auto b = run_cli("check " + contract_arg("notes") + " --format json");
    EXPECT_EQ(a.out, b.out);
    auto out = fs::temp_directory_path() / ("axg_golden_" + std::to_string(::getpid()) + ".json");
    auto written = run_cli("check " + contract_arg("notes") + " --format json -o '" + out.string() + "'");
    EXPECT_EQ(written.exit_code, 0);
    EXPECT_TRUE(written.out.empty());
    EXPECT_EQ(read_text(out), a.out);
    fs::remove(out);
}

TEST(GoldenCheck, BadInputWritesNoReportFile) {
    auto out = fs::temp_directory_path() / ("axg_golden_bad_" + std::to_string(::getpid()) + ".json");
    auto r = run_cli("check contracts/does-not-exist.toml --format json -o '" + out.string() + "'");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_FALSE(fs::exists(out));
}

TEST(Cli, VersionHelpAndBadFlags) {
    auto version = run_cli("--version");
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_NE(version.out.find("appexguard " APPEXGUARD_VERSION), std::string::npos);
    auto help = run_cli("check --help");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("--fail-on"), std::string::npos);
    auto bad = run_cli("check --fail-on sometimes");
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("--fail-on"), std::string::npos);
    auto none = run_cli("");
    EXPECT_EQ(none.exit_code, 2);
}
