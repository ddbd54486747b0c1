#include "util/rate.hpp"

#include <charconv>

namespace axg::util {

std::optional<Rate> parse_rate(std::string_view text) {
    auto slash = text.find('/');
    if (slash == std::string_view::npos || slash == 0) {
        return std::nullopt;
    }
    Rate rate;
    auto count = text.substr(0, slash);
    auto [ptr, ec] = std::from_chars(count.data(), count.data() + count.size(), rate.count);
    if (ec != std::errc() || ptr != count.data() + count.size() || rate.count == 0) {
        return std::nullopt;
    }
    auto unit = text.substr(slash + 1);
    if (unit == "s" || unit == "sec") {
        rate.per_seconds = 1;
    } else if (unit == "m" || unit == "min") {
        rate.per_seconds = 60;
    } else if (unit == "h" || unit == "hour") {
        rate.per_seconds = 3600;
    } else if (unit == "d" || unit == "day") {
        rate.per_seconds = 86400;
    } else {
        return std::nullopt;
    }
    return rate;
}

} // namespace axg::util
