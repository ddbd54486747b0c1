#include "util/rate.hpp"

#include <charconv>

namespace axg::util {

namespace {
struct Unit {
    std::string_view name;
    unsigned long seconds;
};

constexpr Unit k_units[] = {
    {"s", 1},       {"sec", 1},  {"second", 1},  {"min", 60},  {"m", 60},
    {"minute", 60}, {"h", 3600}, {"hour", 3600}, {"d", 86400}, {"day", 86400},
};
} // namespace

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
    for (const auto& u : k_units) {
        if (u.name == unit) {
            rate.per_seconds = u.seconds;
            return rate;
        }
    }
    return std::nullopt;
}

std::string_view rate_units() {
    return "s (sec, second), min (m, minute), h (hour) or d (day)";
}

} // namespace axg::util
