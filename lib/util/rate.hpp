#pragma once
// Rates written as "30/min", "5/s", "100/h", "1000/d". The unit is spelled as the duration units are
// ("s", "m", "h", "d"), as "min", or as a word ("sec", "second", "minute", "hour", "day"); every
// spelling docs/contract-format.md shows parses.

#include <optional>
#include <string_view>

namespace axg::util {

struct Rate {
    unsigned long count = 0;
    unsigned long per_seconds = 1;
    double per_second() const { return static_cast<double>(count) / static_cast<double>(per_seconds); }
    bool operator==(const Rate&) const = default;
};

std::optional<Rate> parse_rate(std::string_view text);

// The accepted units, for messages: "s (sec, second), min (m, minute), …".
std::string_view rate_units();

} // namespace axg::util
