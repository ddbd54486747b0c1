#pragma once
// Reading and writing whole files, with a size limit on reads and atomic writes.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace axg::util {

// Inputs larger than this are refused: no contract or manifest is anywhere near it.
inline constexpr std::size_t k_max_input_bytes = 16u * 1024u * 1024u;

struct ReadResult {
    std::optional<std::string> text;
    std::string error; // set when text is empty: a plain sentence, no path
};

ReadResult read_file(const std::filesystem::path& path, std::size_t max_bytes = k_max_input_bytes);

// Writes to a temporary file beside `path`, then renames it over `path`: readers never see a
// half-written file. Returns an error sentence, or "" on success.
std::string write_file_atomic(const std::filesystem::path& path, std::string_view contents);

} // namespace axg::util
