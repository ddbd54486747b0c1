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

} // namespace axg::util
