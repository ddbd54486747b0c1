#pragma once
// Reads the project as it was at a git revision, straight from the object database (libgit2):
// no checkout, no change to the working tree or the index. Symlinks and paths outside the
// repository are refused, as on disk.

#include <filesystem>
#include <memory>
#include <string>

#include "load/file_source.hpp"

namespace axg::load {

class GitSource : public FileSource {
public:
    // Discovers the repository that holds `start_dir` and resolves `ref` (anything
    // git_revparse_single takes: HEAD~1, origin/main, a tag, a commit id) to its tree.
    // nullptr and an error sentence when either fails.
    static std::unique_ptr<GitSource> open(const std::filesystem::path& start_dir, const std::string& ref,
                                           std::string& error);
    ~GitSource() override;
    GitSource(const GitSource&) = delete;
    GitSource& operator=(const GitSource&) = delete;

    util::ResolvedPath resolve(const std::filesystem::path& root, const std::filesystem::path& base_dir,
                               const std::string& relative) const override;
    util::ReadResult read(const std::filesystem::path& path) const override;

    const std::string& ref() const { return m_ref; }
    const std::string& commit() const { return m_commit; } // abbreviated id of the commit read
    const std::filesystem::path& workdir() const { return m_workdir; }

private:
    struct Handles;
    GitSource(std::unique_ptr<Handles> handles, std::string ref, std::string commit, std::filesystem::path workdir);
    // The path inside the repository ("" and an error when outside it).
    std::string repo_relative(const std::filesystem::path& path, std::string& error) const;

    std::unique_ptr<Handles> m_handles;
    std::string m_ref;
    std::string m_commit;
    std::filesystem::path m_workdir; // canonical, no trailing separator
};

} // namespace axg::load
