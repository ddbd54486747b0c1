#pragma once
// Encoding code points as UTF-8 (for readers that decode UTF-16 or character references).

#include <cstdint>
#include <string>

namespace axg::util {

// Appends `code_point` (at most U+10FFFF; the caller has refused surrogates) to `out` as UTF-8.
void append_utf8(std::string& out, std::uint32_t code_point);

} // namespace axg::util
