// The output does not depend on --jobs (docs/architecture.md#parallel-work): the channels are read in chunks, the
// manifests parsed and the components expanded in parallel, and the rules run in parallel. A generated monorepo
// project of 2,000 channels (bench/generate_contract.cpp: 200 components, 400 manifests) spans several chunks of
// each; its outputs with one thread and with three must be the same bytes, findings and errors alike.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

#ifdef APPEXGUARD_BENCH_GENERATE
constexpr const char* k_generate = APPEXGUARD_BENCH_GENERATE;
#else
constexpr const char* k_generate = nullptr;
#endif

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

class JobsDeterminism : public ::testing::Test {
protected:
    void SetUp() override {
        if (!k_generate) {
            GTEST_SKIP() << "the project generator (bench/) is not built here";
        }
        std::string command = std::string("'") + k_generate + "' 2000 '" + dir.path().string() + "/p' >/dev/null";
        ASSERT_EQ(std::system(command.c_str()), 0);
        project = dir.path() / "p";
    }

    // Runs `appexguard -j JOBS ARGS` in the project for jobs 1 and 3 and expects the same exit code and output.
    RunResult same_with_any_jobs(const std::string& args) {
        RunResult one = run_cli("-j 1 " + args, project);
        RunResult three = run_cli("-j 3 " + args, project);
        EXPECT_EQ(one.exit_code, three.exit_code) << args;
        EXPECT_EQ(one.out, three.out) << args;
        EXPECT_EQ(one.err, three.err) << args;
        return one;
    }

    TempDir dir;
    fs::path project;
};

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) {
        ++n;
    }
    return n;
}

TEST_F(JobsDeterminism, FindingsThreatsAndDiagramsAreTheSame) {
    RunResult check = same_with_any_jobs("check --format json");
    EXPECT_EQ(check.exit_code, 1);
    EXPECT_GT(count(check.out, "\"rule\": "), 100u); // findings of many rules, 5xx among them
    EXPECT_GT(count(check.out, "\"rule\": \"AXG502\""), 0u);
    same_with_any_jobs("threats --format json");
    same_with_any_jobs("graph --format dot");
}

TEST_F(JobsDeterminism, ErrorsInManyChunksAreTheSame) {
    // An unknown key in every 37th channel and another in every 101st, in chunks all over the file.
    std::string contract = read_text(project / "appexguard.toml");
    std::regex header(R"(\n\[channels\.[^\]\n]+\]\n)");
    std::string edited;
    std::size_t last = 0;
    std::size_t n = 0;
    for (auto it = std::sregex_iterator(contract.begin(), contract.end(), header); it != std::sregex_iterator();
         ++it, ++n) {
        const std::size_t end = static_cast<std::size_t>(it->position() + it->length());
        edited += contract.substr(last, end - last);
        if (n % 37 == 5) {
            edited += "bogus_key = 1\n";
        }
        if (n % 101 == 7) {
            edited += "carrier_pigeon = true\n";
        }
        last = end;
    }
    edited += contract.substr(last);
    ASSERT_GT(n, 1900u);
    write_text(project / "appexguard.toml", edited);
    RunResult check = same_with_any_jobs("check");
    EXPECT_EQ(check.exit_code, 2);
    EXPECT_GE(count(check.err, "bogus_key"), 50u) << check.err.substr(0, 2000);
    EXPECT_GE(count(check.err, "carrier_pigeon"), 15u);
}

TEST_F(JobsDeterminism, BrokenManifestsAreReportedTheSame) {
    std::size_t broken = 0;
    for (const auto& entry : fs::recursive_directory_iterator(project / "Extensions")) {
        if (entry.path().extension() == ".entitlements" && (broken++ % 9) == 0) {
            write_text(entry.path(), "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>a</key>");
        }
    }
    RunResult check = same_with_any_jobs("check");
    EXPECT_EQ(check.exit_code, 2);
    EXPECT_GE(count(check.err, ".entitlements:"), 20u) << check.err.substr(0, 2000);
}

} // namespace
} // namespace axg::test
