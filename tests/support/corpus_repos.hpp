#pragma once
// The repositories of ../shared/corpora and their oracle files, listed at test-registration time so that each
// repository is its own ctest case (no repository names in the tests).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace axg::test {

// Names of the repository folders in corpora_dir(), sorted; empty when the corpora are absent.
std::vector<std::string> corpus_repositories();

// The parameters for INSTANTIATE_TEST_SUITE_P: the repositories, or one "" when the corpora are absent (the test
// then skips; an empty parameter list would be an "uninstantiated test suite" failure instead of a skip).
std::vector<std::string> corpus_test_parameters();

// ../shared/corpora-oracle beside the checkout (one <repo>.json per repository with a pbxproj), or nullopt.
std::optional<std::filesystem::path> corpora_oracle_dir();

// A GoogleTest parameter name from any text: characters other than A-Za-z0-9 become '_'.
std::string test_name(std::string_view text);

} // namespace axg::test
