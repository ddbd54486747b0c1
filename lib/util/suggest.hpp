#pragma once
// "Did you mean …?" for mistyped names (subcommands, flags): the nearest candidate by edit distance.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace axg::util {

// Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `typed`, when it is near enough to be a slip: at most 2 edits, and fewer than half of
// the typed length ("chek" -> "check", "--sarrif" -> "--sarif"; "x" suggests nothing). Ties go to the first.
std::optional<std::string> nearest(std::string_view typed, const std::vector<std::string>& candidates);

} // namespace axg::util
