#pragma once
// A position in an input file. line and column are 1-based; 0 means "unknown".

#include <compare>
#include <cstdint>
#include <string>

#include "util/file_name.hpp"

namespace axg::util {

struct SourceLocation {
    FileName file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    bool has_line() const { return line != 0; }
    // "file:line:column", "file:line" or "file", as much as is known.
    std::string str() const;
    auto operator<=>(const SourceLocation&) const = default;
};

} // namespace axg::util
