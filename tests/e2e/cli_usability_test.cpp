// The command line as a new user meets it: a mistyped command or flag gets the nearest name, usage names the tool
// and not the path it ran from, --version carries the commit, and --color / NO_COLOR / FORCE_COLOR decide colour.

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "support/paths.hpp"
#include "util/suggest.hpp"

namespace axg::test {
namespace {

const std::string k_flawed = "contracts/examples/notes-flawed/appexguard.toml";

TEST(Suggest, EditDistanceCountsATranspositionAsOneEdit) {
    EXPECT_EQ(util::edit_distance("check", "check"), 0u);
    EXPECT_EQ(util::edit_distance("chek", "check"), 1u);
    EXPECT_EQ(util::edit_distance("chekc", "check"), 1u);
    EXPECT_EQ(util::edit_distance("", "abc"), 3u);
    EXPECT_EQ(util::edit_distance("kitten", "sitting"), 3u);
}

TEST(Suggest, NearestOnlyForSlips) {
    const std::vector<std::string> commands = {"check", "baseline", "graph", "threats", "drift", "lock"};
    EXPECT_EQ(util::nearest("chek", commands), "check");
    EXPECT_EQ(util::nearest("treats", commands), "threats");
    EXPECT_EQ(util::nearest("x", commands), std::nullopt);
    EXPECT_EQ(util::nearest("deploy", commands), std::nullopt);
}

TEST(CliUsability, AMistypedCommandNamesTheNearestOne) {
    auto r = run_cli("chek " + k_flawed);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("unknown command \"chek\"; did you mean \"check\"?"), std::string::npos) << r.err;
    r = run_cli("-j 2 deploy");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("unknown command \"deploy\"; the commands are \"check\""), std::string::npos) << r.err;
    r = run_cli("");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("no command given"), std::string::npos) << r.err;
}

TEST(CliUsability, AMistypedFlagNamesTheNearestOne) {
    auto r = run_cli("check " + k_flawed + " --sarrif out.sarif");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("did you mean --sarif (for --sarrif)?"), std::string::npos) << r.err;
    r = run_cli("check " + k_flawed + " --fail-onn high");
    EXPECT_NE(r.err.find("did you mean --fail-on"), std::string::npos) << r.err;
}

TEST(CliUsability, UsageNamesTheToolAndVersionTheCommit) {
    auto r = run_cli("check --help");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("Usage: appexguard check"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find(binary().string()), std::string::npos) << "usage shows the build path";
    r = run_cli("--version");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_TRUE(r.out.starts_with("appexguard " APPEXGUARD_VERSION " (commit ")) << r.out;
}

// The environment of the test process is the child's: set for a run, restored after.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) {
            m_old = old;
        }
        value ? ::setenv(name, value, 1) : ::unsetenv(name);
    }
    ~ScopedEnv() { m_old ? ::setenv(m_name, m_old->c_str(), 1) : ::unsetenv(m_name); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

bool colored(const std::string& args, const char* no_color, const char* force_color) {
    ScopedEnv no("NO_COLOR", no_color);
    ScopedEnv force("FORCE_COLOR", force_color);
    return run_cli(args).out.find("\x1b[") != std::string::npos; // stdout is a file: no terminal
}

TEST(CliUsability, ColorFollowsTheFlagThenNoColorThenForceColor) {
    const std::string check = "check " + k_flawed;
    EXPECT_FALSE(colored(check, nullptr, nullptr));
    EXPECT_TRUE(colored(check + " --color always", nullptr, nullptr));
    EXPECT_TRUE(colored("--color always " + check, nullptr, nullptr));
    EXPECT_TRUE(colored(check, nullptr, "1")); // a CI log
    EXPECT_FALSE(colored(check, nullptr, "0"));
    EXPECT_FALSE(colored(check + " --color never", nullptr, "1"));
    EXPECT_FALSE(colored(check, "1", "1")); // NO_COLOR wins over FORCE_COLOR
    EXPECT_TRUE(colored(check + " --color always", "1", nullptr));
}

} // namespace
} // namespace axg::test
