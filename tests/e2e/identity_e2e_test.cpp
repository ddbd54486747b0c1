// End to end: a finding's identity (fingerprint, file) is the same whatever the working directory, the spelling of
// the contract path, where the repository lies, and how the drift base is named (docs/reports.md, "Fingerprints").
// A temporary git repository holds the flawed Notes example in ios/.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

using Identity = std::set<std::tuple<std::string, std::string, std::string>>; // rule, fingerprint, file

class IdentityE2E : public ::testing::Test {
protected:
    void SetUp() override {
        ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1);
        fs::create_directories(repo());
        fs::copy(source_dir() / "contracts/examples/notes-flawed", repo() / "ios", fs::copy_options::recursive);
        git("init -q");
        git("config user.name Test");
        git("config user.email test@example.com");
        git("config commit.gpgsign false");
        commit("base");
        git("tag v1");
    }
    fs::path repo() const { return m_dir.path() / "repo"; }
    void git(const std::string& args, const fs::path& at = {}) {
        std::string command = "git -C '" + (at.empty() ? repo() : at).string() + "' " + args + " >/dev/null 2>&1";
        ASSERT_EQ(std::system(command.c_str()), 0) << command;
    }
    void commit(const std::string& message) {
        git("add -A");
        git("commit -q -m '" + message + "'");
    }

    // Runs `args` from `cwd` and returns the identities of its JSON findings; every file named relative to the
    // repository and no absolute path of the machine anywhere in the report.
    Identity identities(const std::string& args, const fs::path& cwd, std::string* messages = nullptr) {
        auto r = run_cli(args + " --format json", cwd);
        EXPECT_EQ(r.exit_code, 1) << args << "\n" << r.err;
        EXPECT_EQ(r.out.find(m_dir.path().string()), std::string::npos) << args << ": an absolute path\n" << r.out;
        Identity out;
        auto json = nlohmann::json::parse(r.out, nullptr, false);
        if (json.is_discarded()) {
            ADD_FAILURE() << args << ": not JSON\n" << r.out;
            return out;
        }
        EXPECT_EQ(json["contract"], "ios/appexguard.toml") << args;
        for (const auto& f : json["findings"]) {
            out.emplace(f["rule"], f["fingerprint"], f["location"]["file"]);
            EXPECT_TRUE(f["location"]["file"].get<std::string>().starts_with("ios/")) << args << ": " << f;
            if (messages) {
                *messages += f["message"].get<std::string>() + "\n";
            }
        }
        EXPECT_FALSE(out.empty()) << args;
        return out;
    }

    TempDir m_dir;
};

TEST_F(IdentityE2E, EverySpellingOfTheContractPathAndEveryWorkingDirectoryGiveTheSameFindings) {
    const Identity expected = identities("check ios/appexguard.toml", repo());
    EXPECT_EQ(identities("check ./ios/appexguard.toml", repo()), expected);
    EXPECT_EQ(identities("check ios//appexguard.toml", repo()), expected);
    EXPECT_EQ(identities("check ios/../ios/appexguard.toml", repo()), expected);
    EXPECT_EQ(identities("check appexguard.toml", repo() / "ios"), expected);
    EXPECT_EQ(identities("check ../appexguard.toml", repo() / "ios/Share"), expected);
    EXPECT_EQ(identities("check '" + (repo() / "ios/appexguard.toml").string() + "'", m_dir.path()), expected);
    // Through a symlink to the repository.
    fs::create_directory_symlink(repo(), m_dir.path() / "link");
    EXPECT_EQ(identities("check link/ios/appexguard.toml", m_dir.path()), expected);
    // The repository moved (another clone, another CI runner's path).
    fs::copy(repo(), m_dir.path() / "moved", fs::copy_options::recursive);
    EXPECT_EQ(identities("check ios/appexguard.toml", m_dir.path() / "moved"), expected);
}

TEST_F(IdentityE2E, ABaselineWrittenAtTheRootMatchesEveryFindingFromASubfolder) {
    auto written = run_cli("baseline ios/appexguard.toml -o baseline.json", repo());
    ASSERT_EQ(written.exit_code, 0) << written.err;
    auto r = run_cli("check appexguard.toml --baseline ../baseline.json --format json", repo() / "ios");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err; // every finding known: nothing new
    EXPECT_NE(r.err.find("known findings not reported, 0 fixed"), std::string::npos) << r.err;
    auto json = nlohmann::json::parse(r.out);
    EXPECT_TRUE(json["findings"].empty()) << r.out;
}

TEST_F(IdentityE2E, SarifUrisAreRepositoryRelativeFromAnyDirectory) {
    for (const auto& [args, cwd] : std::vector<std::pair<std::string, fs::path>>{
             {"check ios/appexguard.toml", repo()},
             {"check '" + (repo() / "ios/appexguard.toml").string() + "'", m_dir.path()},
             {"check ../appexguard.toml", repo() / "ios/Share"}}) {
        fs::path out = m_dir.path() / "out.sarif";
        auto r = run_cli(args + " --sarif '" + out.string() + "'", cwd);
        ASSERT_EQ(r.exit_code, 1) << r.err;
        std::string text = read_text(out);
        EXPECT_EQ(text.find(m_dir.path().string()), std::string::npos) << args << ": an absolute path";
        auto sarif = nlohmann::json::parse(text);
        std::set<std::string> uris;
        for (const auto& result : sarif["runs"][0]["results"]) {
            uris.insert(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]);
        }
        EXPECT_TRUE(uris.count("ios/appexguard.toml")) << args;
        for (const auto& uri : uris) {
            EXPECT_TRUE(uri.starts_with("ios/")) << args << ": " << uri;
        }
    }
}

TEST_F(IdentityE2E, HowTheDriftBaseIsNamedChangesTheMessagesButNotTheFingerprints) {
    std::ofstream(repo() / "ios/appexguard.toml", std::ios::app)
        << "\n[channels.late]\ntransport = \"darwin-notification\"\n"
           "from = \"app\"\nto = [\"widget\"]\n";
    commit("add a channel");
    std::string at_head, at_tag, at_dir;
    const Identity head = identities("drift ios/appexguard.toml --fail-on info --base HEAD~1", repo(), &at_head);
    EXPECT_EQ(identities("drift ios/appexguard.toml --fail-on info --base v1", repo(), &at_tag), head);
    EXPECT_EQ(identities("drift appexguard.toml --fail-on info --base v1", repo() / "ios"), head);
    // The base checked out elsewhere and named by directory.
    git("worktree add -q '" + (m_dir.path() / "old").string() + "' v1");
    EXPECT_EQ(identities("drift ios/appexguard.toml --fail-on info --base-dir ../old/ios", repo(), &at_dir), head);
    // The messages still say which base they compare with.
    EXPECT_NE(at_head.find("since HEAD~1"), std::string::npos) << at_head;
    EXPECT_NE(at_tag.find("since v1"), std::string::npos) << at_tag;
    EXPECT_NE(at_dir.find("since ../old/ios"), std::string::npos) << at_dir;
    EXPECT_EQ(at_tag.find('\x01'), std::string::npos) << "the marker leaked: " << at_tag;
}

} // namespace
} // namespace axg::test
