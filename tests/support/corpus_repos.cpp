#include "support/corpus_repos.hpp"

#include <algorithm>

#include "support/paths.hpp"

namespace axg::test {

std::vector<std::string> corpus_repositories() {
    std::vector<std::string> out;
    auto dir = corpora_dir();
    if (!dir) {
        return out;
    }
    for (const auto& entry : std::filesystem::directory_iterator(*dir)) {
        if (entry.is_directory()) {
            out.push_back(entry.path().filename().string());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> corpus_test_parameters() {
    std::vector<std::string> repos = corpus_repositories();
    if (repos.empty()) {
        repos.emplace_back();
    }
    return repos;
}

std::optional<std::filesystem::path> corpora_oracle_dir() {
    auto dir = source_dir().parent_path() / "shared" / "corpora-oracle";
    if (std::filesystem::is_directory(dir)) {
        return dir;
    }
    return std::nullopt;
}

std::string test_name(std::string_view text) {
    std::string out;
    for (char c : text) {
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        out += alnum ? c : '_';
    }
    return out.empty() ? "none" : out;
}

} // namespace axg::test
