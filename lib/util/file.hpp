#pragma once
// Reading and writing whole files: a size limit on reads, and writes that never leave a half-written file, never
// replace a device, and leave no temporary file behind (docs/security.md, "Writing outputs").

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace axg::util {

// Inputs larger than this are refused by default (docs/security.md): a 100,000-channel monorepo
// contract is 36 MB and parses linearly; no manifest is anywhere near it.
inline constexpr std::size_t k_default_max_input_bytes = 64u * 1024u * 1024u;

// The limit in force: the default, or what `--max-input-size` set for this run.
std::size_t max_input_bytes();
void set_max_input_bytes(std::size_t bytes);
// For parsers handed text rather than a path: "" when `size` is within the limit in force, else the
// message ("file is larger than the input limit of 64 MiB (67108864 bytes, --max-input-size); …").
std::string over_input_limit(std::size_t size);
// "64M", "64MiB", "1G", "500k", "123456" (bytes); nullopt when it is not a size or is 0.
std::optional<std::size_t> parse_size(std::string_view text);

struct ReadResult {
    std::optional<std::string> text;
    std::string error; // set when text is empty: a plain sentence, no path
};

// Reads a regular file (a FIFO or device is refused without blocking on it), and records it in the active
// util::InputLog.
ReadResult read_file(const std::filesystem::path& path, std::size_t max_bytes = 0); // 0 = max_input_bytes()

struct FileToWrite {
    std::filesystem::path path;
    std::string_view contents;
};

// Writes every file or none. A regular file (or a path that does not exist yet, or a symlink, which is replaced
// rather than followed) is written to a temporary beside it, named
//     .<name>.appexguard.tmp.<pid>.<8 hex digits>
// and only once every temporary is complete are they all renamed over their targets, with SIGINT, SIGTERM and
// SIGHUP held off until the last rename. Until then those signals remove the temporaries and are raised again, and
// a later write into the same directory removes temporaries left by processes that no longer run (SIGKILL).
// A character device or FIFO (/dev/null, a pipe), and any path under /dev or /proc (/dev/stdout), is written in
// place after the renames, never replaced. A directory or block device is refused before anything is written.
// Returns "" or one sentence naming the path and the system's reason.
std::string write_files_atomic(std::span<const FileToWrite> files);

// One file, as write_files_atomic.
std::string write_file_atomic(const std::filesystem::path& path, std::string_view contents);

// The name pattern of write_files_atomic's temporaries: true for ".x.appexguard.tmp.123.0a1b2c3d", with its pid.
std::optional<long> temporary_file_pid(std::string_view file_name);

} // namespace axg::util
