#pragma once
// How findings, reports, baselines and locks name a file: relative to the repository it belongs to, so that neither
// the working directory nor the spelling of a path on the command line changes a finding's identity
// (docs/architecture.md, "Finding identity").

#include <filesystem>
#include <string>

namespace axg::util {

// The root a file's name is relative to: the nearest directory, from the file's own upward, that holds a `.git`
// (a directory, or the file a worktree or submodule has); without one, the file's own directory. Absolute, symlinks
// resolved. `file` is as typed: relative to the working directory, or absolute.
std::filesystem::path repository_root(const std::filesystem::path& file);

// `file` named relative to repository_root(file): normalised, '/'-separated, symlinks resolved. `./ios/a.toml`,
// `ios//a.toml`, `a.toml` from inside ios/ and `/abs/repo/ios/a.toml` are all "ios/a.toml".
std::string repository_name(const std::filesystem::path& file);

// `file` named relative to `root` (both as above); the normalised absolute path when it lies outside `root`.
std::string name_below(const std::filesystem::path& file, const std::filesystem::path& root);

} // namespace axg::util
