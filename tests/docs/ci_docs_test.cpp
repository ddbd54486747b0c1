// docs/ci.md, tested as far as it can be here: the YAML parses, the GitHub and GitLab jobs run
// the flags that exist and agree on file names, the check command runs, and the pre-commit hook
// blocks a commit of the flawed example and lets the clean one through.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include "support/paths.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

// The fenced blocks of one language, in order.
std::vector<std::string> blocks(const std::string& markdown, const std::string& language) {
    std::vector<std::string> out;
    std::string open = "```" + language + "\n";
    for (auto at = markdown.find(open); at != std::string::npos; at = markdown.find(open, at)) {
        at += open.size();
        auto end = markdown.find("\n```", at);
        out.push_back(markdown.substr(at, end - at + 1));
        at = end;
    }
    return out;
}

std::string ci_doc() {
    return read_text(source_dir() / "docs" / "ci.md");
}

// Runs `command` (an `appexguard check …` line) with the built binary on `contract`, in `dir`.
RunResult run_doc_command(std::string command, const std::string& contract, const fs::path& dir) {
    command = std::regex_replace(command, std::regex("\\\\\\n\\s*"), "");
    command = std::regex_replace(command, std::regex("appexguard\\.toml"), contract);
    EXPECT_EQ(command.rfind("appexguard check ", 0), 0u) << command;
    RunResult r = run_cli(command.substr(std::string("appexguard ").size()), dir);
    r.err += "\n(command: " + command + ")";
    return r;
}

TEST(CiDocs, GithubWorkflowUploadsTheSarifTheCheckWrites) {
    auto yaml = blocks(ci_doc(), "yaml");
    ASSERT_GE(yaml.size(), 3u);
    YAML::Node workflow = YAML::Load(yaml[0]);
    EXPECT_EQ(workflow["permissions"]["security-events"].as<std::string>(), "write");
    std::string check_run;
    std::string sarif_file;
    std::string comment_path;
    for (const auto& step : workflow["jobs"]["ipc-contract"]["steps"]) {
        if (step["id"] && step["id"].as<std::string>() == "check") {
            check_run = step["run"].as<std::string>();
        }
        if (step["uses"] && step["uses"].as<std::string>().starts_with("github/codeql-action/upload-sarif")) {
            sarif_file = step["with"]["sarif_file"].as<std::string>();
        }
        if (step["with"] && step["with"]["path"] &&
            step["uses"].as<std::string>().find("comment") != std::string::npos) {
            comment_path = step["with"]["path"].as<std::string>();
        }
    }
    ASSERT_FALSE(check_run.empty());
    EXPECT_NE(check_run.find("--sarif " + sarif_file), std::string::npos);
    EXPECT_NE(check_run.find("--markdown " + comment_path), std::string::npos);

    // The check line itself runs and writes what the later steps read.
    // Continuation lines joined, then the line that runs the check.
    std::string joined = std::regex_replace(check_run, std::regex("\\\\\\n\\s*"), "");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(joined, m, std::regex("appexguard check[^\\n]*")));
    fs::path dir = fs::temp_directory_path() / ("axg_ci_docs_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1);
    auto r = run_doc_command(m.str(), (source_dir() / "contracts/examples/notes-flawed/appexguard.toml").string(), dir);
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_TRUE(fs::exists(dir / sarif_file));
    EXPECT_TRUE(fs::exists(dir / comment_path));
    EXPECT_TRUE(r.out.starts_with("::error file=")) << "the log should be annotations: " << r.out;
    fs::remove_all(dir);
}

TEST(CiDocs, GitlabJobReportsTheJunitTheCheckWrites) {
    auto yaml = blocks(ci_doc(), "yaml");
    ASSERT_GE(yaml.size(), 2u);
    YAML::Node job = YAML::Load(yaml[1])["appexguard"];
    std::string script = job["script"][0].as<std::string>();
    std::string junit = job["artifacts"]["reports"]["junit"].as<std::string>();
    std::string codequality = job["artifacts"]["reports"]["codequality"].as<std::string>();
    EXPECT_NE(script.find("--junit " + junit), std::string::npos);
    EXPECT_NE(script.find("--gitlab-codequality " + codequality), std::string::npos);
    fs::path dir = fs::temp_directory_path() / ("axg_ci_gitlab_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto r = run_doc_command(script, (source_dir() / "contracts/examples/notes/appexguard.toml").string(), dir);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(dir / junit));
    EXPECT_TRUE(fs::exists(dir / codequality));
    for (const auto& path : job["artifacts"]["paths"]) {
        EXPECT_TRUE(fs::exists(dir / path.as<std::string>())) << path.as<std::string>();
    }
    fs::remove_all(dir);
}

TEST(CiDocs, PreCommitHookBlocksTheFlawedExampleOnly) {
    auto hooks = blocks(ci_doc(), "sh");
    ASSERT_FALSE(hooks.empty());
    YAML::Node config = YAML::Load(blocks(ci_doc(), "yaml").at(2));
    EXPECT_EQ(config["repos"][0]["hooks"][0]["id"].as<std::string>(), "appexguard");
    if (std::system("git --version >/dev/null 2>&1") != 0) {
        GTEST_SKIP() << "no git";
    }
    fs::path bin_dir = fs::temp_directory_path() / ("axg_hook_bin_" + std::to_string(::getpid()));
    fs::create_directories(bin_dir);
    fs::create_symlink(binary(), bin_dir / "appexguard");
    auto commit_example = [&](const std::string& example) {
        fs::path repo = fs::temp_directory_path() / ("axg_hook_" + example + "_" + std::to_string(::getpid()));
        fs::remove_all(repo);
        fs::copy(source_dir() / "contracts/examples" / example, repo, fs::copy_options::recursive);
        std::string git = "cd '" + repo.string() + "' && git -c init.defaultBranch=main init -q && ";
        EXPECT_EQ(std::system((git + "true").c_str()), 0);
        fs::path hook = repo / ".git/hooks/pre-commit";
        std::ofstream(hook) << hooks[0];
        fs::permissions(hook, fs::perms::owner_all, fs::perm_options::add);
        std::string command = "cd '" + repo.string() + "' && PATH='" + bin_dir.string() +
                              "':\"$PATH\" git add -A >/dev/null && PATH='" + bin_dir.string() +
                              "':\"$PATH\" git -c user.name=t -c user.email=t@example.com commit -q -m test "
                              ">/dev/null 2>&1";
        int status = std::system(command.c_str());
        fs::remove_all(repo);
        return status;
    };
    ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1);
    EXPECT_NE(commit_example("notes-flawed"), 0);
    EXPECT_EQ(commit_example("notes"), 0);
    fs::remove_all(bin_dir);
}

} // namespace
} // namespace axg::test
