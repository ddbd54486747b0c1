#pragma once
// Small string helpers with no domain knowledge.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace axg::util {

// Without leading and trailing ASCII white space (space, tab, CR, LF, FF, VT).
std::string_view trim(std::string_view text);
std::string to_lower(std::string_view text);
bool contains_ci(std::string_view haystack, std::string_view needle);
std::string join(std::span<const std::string> parts, std::string_view separator);
std::string join(std::span<const std::string_view> parts, std::string_view separator);
// Levenshtein distance, capped: returns cap + 1 once the distance exceeds cap.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap = 64);
// The closest candidate within a distance that scales with the word's length, or "" when none is close.
std::string closest_match(std::string_view word, std::span<const std::string> candidates);
// `"a", "b" or "c"` for messages that list allowed values.
std::string quoted_list(std::span<const std::string> values, std::string_view last_separator = "or");
// Makes control characters visible so that input text cannot forge lines in a terminal report or act on the
// terminal: C0 controls and DEL as \n, \t, \x1b; bytes that are not UTF-8 as \xff; C1 controls and bidirectional
// formatting characters (U+202E, U+2066, ...) as \u{202E}. Other text is unchanged.
std::string printable(std::string_view text);
// printable line by line: line breaks stay, for a block of terminal output made of input names (init's summary).
std::string printable_lines(std::string_view text);
// Only the non-ASCII part of printable: invalid UTF-8, C1 controls and bidi formatting characters made visible,
// ASCII left to the caller's own escaping (Markdown, Graphviz labels).
std::string without_unicode_hazards(std::string_view text);

} // namespace axg::util
