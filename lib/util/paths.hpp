#pragma once
// Resolving paths named in an input file, and keeping them inside the project root.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace axg::util {

struct ResolvedPath {
    std::filesystem::path absolute; // symlinks resolved
    std::string error;              // non-empty when the path is unusable
    // Set when the path as named does not exist but a file whose name differs only in letter case does: `absolute`
    // is then that file and `as_named` the path that was asked for (it works on a case-insensitive Mac only).
    std::filesystem::path as_named{};
    bool case_differs() const { return !as_named.empty(); }
};

// Resolves `relative` against `base_dir`, following symlinks, and checks that the result
// stays inside `root` (itself canonical). An absolute `relative` is refused.
ResolvedPath resolve_inside(const std::filesystem::path& root, const std::filesystem::path& base_dir,
                            const std::string& relative);

// Entries read per directory and components walked by find_case_insensitive: a hostile tree must not make a
// lookup expensive.
inline constexpr std::size_t k_max_case_scan_entries = 10000;
inline constexpr std::size_t k_max_case_scan_components = 64;

// The existing file or directory whose path equals `path` ignoring ASCII letter case, found component by component
// from the deepest ancestor that exists as written (an exact match of a component wins over a case-folded one;
// among several case-folded matches the first in name order). nullopt when `path` exists as written, when nothing
// matches, or when the bounds above are exceeded. `path` should be absolute and normalised.
std::optional<std::filesystem::path> find_case_insensitive(const std::filesystem::path& path);

// True when `path` equals `root` or lies below it (both canonical).
bool is_inside(const std::filesystem::path& root, const std::filesystem::path& path);

} // namespace axg::util
