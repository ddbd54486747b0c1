#pragma once
// Resolving paths named in an input file, and keeping them inside the project root.

#include <filesystem>
#include <string>

namespace axg::util {

struct ResolvedPath {
    std::filesystem::path absolute; // symlinks resolved
    std::string error;              // non-empty when the path is unusable
};

// Resolves `relative` against `base_dir`, following symlinks, and checks that the result
// stays inside `root` (itself canonical). An absolute `relative` is refused.
ResolvedPath resolve_inside(const std::filesystem::path& root, const std::filesystem::path& base_dir,
                            const std::string& relative);

// True when `path` equals `root` or lies below it (both canonical).
bool is_inside(const std::filesystem::path& root, const std::filesystem::path& path);

} // namespace axg::util
