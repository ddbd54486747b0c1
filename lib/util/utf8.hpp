#pragma once
// Encoding code points as UTF-8 (for readers that decode UTF-16 or character references) and decoding them
// (for the escaping of every output format): the one UTF-8 codec of the library.

#include <cstdint>
#include <string>
#include <string_view>

namespace axg::util {

// Appends `code_point` (at most U+10FFFF; the caller has refused surrogates) to `out` as UTF-8.
void append_utf8(std::string& out, std::uint32_t code_point);

// The length of the valid UTF-8 sequence at text[at] (1 to 4) with its code point in `code_point`, or 0 when the
// bytes there are not valid UTF-8 (a bad lead or continuation byte, truncated, overlong, a surrogate, > U+10FFFF).
std::size_t decode_utf8(std::string_view text, std::size_t at, std::uint32_t& code_point);

// The characters a terminal acts on or that reorder or hide what a reader sees: C1 controls (U+0080..U+009F, CSI
// among them) and the bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A..U+202E,
// U+2066..U+2069). util::printable shows them as \u{202E}; the TOML writer escapes them.
inline bool is_unicode_hazard(std::uint32_t cp) {
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

} // namespace axg::util
