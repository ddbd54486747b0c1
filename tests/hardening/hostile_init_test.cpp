// Hostile target names through `init` (docs/security.md, "Hostile strings"): an Xcode project is as much pull-request
// input as the contract. An extension target named with a terminal escape, a bidi override, a C1 control, bytes that
// are not UTF-8, markup or a NUL: init's summary (stdout) and messages (stderr) stay inert, the contract it
// writes holds none of those characters raw (the TOML writer escapes them, or writes U+FFFD for what appexguard
// reads no more), and that contract loads and checks with inert output.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/init_probe.hpp"
#include "support/paths.hpp"
#include "support/temp_dir.hpp"
#include "support/xcode_project_generator.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

struct Name {
    const char* what;
    std::string name;
};

const Name k_names[] = {
    {"osc", "Share\x1b]0;pwned\x07"},
    {"bidi", "Share\xe2\x80\xae"
             "gpj.exe"},
    {"c1", "Share\xc2\x9b"
           "2J"},
    {"invalid_utf8", "Share\xff\xfe"},
    {"markup", "Share<script>alert(1)</script>|`"},
    {"nul", std::string("Share\0x", 7)},
};

bool holds_raw_hazard(const std::string& text) {
    return text.find('\x1b') != std::string::npos || text.find('\x07') != std::string::npos ||
           text.find('\0') != std::string::npos || text.find("\xc2\x9b") != std::string::npos ||
           text.find("\xe2\x80\xae") != std::string::npos || text.find('\xff') != std::string::npos;
}

class HostileInit : public ::testing::TestWithParam<Name> {};

TEST_P(HostileInit, TheSummaryIsInertAndTheContractLoads) {
    const Name& hostile = GetParam();
    gen::Repository repository = gen::describe(gen::Knobs{"hostile"});
    gen::Project& project = repository.projects[repository.main_project];
    std::string old_name;
    for (auto& t : project.targets) {
        if (t.type == gen::ProductType::AppExtension && old_name.empty()) {
            old_name = t.name;
            t.name = hostile.name;
        }
    }
    ASSERT_FALSE(old_name.empty());
    for (auto& t : project.targets) {
        for (auto& e : t.embeds) {
            if (e.target == old_name) {
                e.target = hostile.name;
            }
        }
    }
    TempDir repo, work;
    gen::write_repository(repository, repo.path());
    InitCheckRun run = init_then_check(repo.path(), work.path());
    ASSERT_TRUE(run.init.exit_code == 0 || run.init.exit_code == 2) << run.init.err;
    EXPECT_FALSE(holds_raw_hazard(run.init.err)) << hostile.what << ": " << run.init.err;
    EXPECT_FALSE(holds_raw_hazard(run.init.out)) << hostile.what;
    if (run.init.exit_code == 2) {
        EXPECT_FALSE(fs::exists(run.contract_path)) << hostile.what;
        return;
    }
    ASSERT_TRUE(run.wrote_contract()) << hostile.what << ": " << run.contract_error;
    EXPECT_FALSE(holds_raw_hazard(read_text(run.contract_path))) << hostile.what << ":\n"
                                                                 << read_text(run.contract_path);
    EXPECT_TRUE(run.check.exit_code == 0 || run.check.exit_code == 1) << hostile.what << ": " << run.check.err;
    EXPECT_FALSE(holds_raw_hazard(run.check.err)) << hostile.what;
    RunResult text = run_cli("check " + run.contract_path.string() + " --root / --fail-on never");
    EXPECT_EQ(text.exit_code, 0) << hostile.what << ": " << text.err;
    EXPECT_FALSE(holds_raw_hazard(text.out)) << hostile.what << ": " << text.out;
}

INSTANTIATE_TEST_SUITE_P(Names, HostileInit, ::testing::ValuesIn(k_names),
                         [](const auto& info) { return std::string(info.param.what); });

} // namespace
} // namespace axg::test
