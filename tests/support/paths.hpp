#pragma once
// Where the tests find the source tree, the built binary and the shared corpora.

#include <filesystem>
#include <optional>
#include <string>

namespace axg::test {

std::filesystem::path source_dir();
std::filesystem::path binary();
// ../shared/corpora beside the checkout, or nullopt when it is absent (tests then GTEST_SKIP).
std::optional<std::filesystem::path> corpora_dir();
std::string read_text(const std::filesystem::path& path);

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};
// Runs the built appexguard with `args` (shell-quoted here) from `cwd`.
RunResult run_cli(const std::string& args, const std::filesystem::path& cwd = source_dir());

} // namespace axg::test
