#pragma once
// Where the model loader reads its files from: the file system (the default), a git tree
// (git_source.hpp) or any other snapshot of the project. Paths are the working-tree paths the
// loader computes; a source maps them onto what it holds.

#include <filesystem>
#include <string>

#include "util/file.hpp"
#include "util/paths.hpp"

namespace axg::load {

class FileSource {
public:
    virtual ~FileSource() = default;
    // Resolves `relative` (named in the contract) against `base_dir`, refusing a result outside `root`.
    virtual util::ResolvedPath resolve(const std::filesystem::path& root, const std::filesystem::path& base_dir,
                                       const std::string& relative) const = 0;
    virtual util::ReadResult read(const std::filesystem::path& path) const = 0;
};

// Reads the working tree as it is on disk. A path that exists only with a different letter case resolves to the
// file on disk, with ResolvedPath::as_named set.
class FilesystemSource : public FileSource {
public:
    util::ResolvedPath resolve(const std::filesystem::path& root, const std::filesystem::path& base_dir,
                               const std::string& relative) const override;
    util::ReadResult read(const std::filesystem::path& path) const override;
};

// The process-wide file system source.
const FileSource& filesystem_source();

} // namespace axg::load
