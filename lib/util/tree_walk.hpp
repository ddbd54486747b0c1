#pragma once
// A bounded walk of a directory tree that never follows symbolic links: every search of a repository (projects,
// workspaces, entitlements files) goes through it, so a hostile tree (link loops, millions of entries) costs the
// same bounded amount everywhere.

#include <cstddef>
#include <filesystem>
#include <functional>

namespace axg::util {

// Entries visited at most by one walk.
inline constexpr std::size_t k_max_walk_entries = 200000;

// Calls `directory` for every directory below `dir` (it returns whether to descend into it) and `file` for every
// regular file. Symbolic links are neither visited nor followed; unreadable directories are skipped. Stops after
// `max_entries` entries.
void walk_tree(const std::filesystem::path& dir,
               const std::function<bool(const std::filesystem::directory_entry&)>& directory,
               const std::function<void(const std::filesystem::directory_entry&)>& file,
               std::size_t max_entries = k_max_walk_entries);

} // namespace axg::util
