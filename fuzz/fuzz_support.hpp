#pragma once
// What every fuzz target checks besides "no crash, no sanitizer report, no timeout": a parser that refuses its
// input says why, with at least one diagnostic (never a silent nullopt).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "util/diagnostics.hpp"

namespace axg::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

template <typename Result> void expect_reasons(const Result& result, const util::Diagnostics& diagnostics) {
    if (!result && diagnostics.empty()) {
        __builtin_trap(); // refused without a located error
    }
}

} // namespace axg::fuzz
