#include "util/duration.hpp"

#include <cctype>
#include <cstdint>
#include <limits>

namespace axg::util {

namespace {
std::int64_t unit_seconds(char unit) {
    switch (unit) {
    case 's': return 1;
    case 'm': return 60;
    case 'h': return 3600;
    case 'd': return 86400;
    case 'w': return 604800;
    default: return 0;
    }
}
} // namespace

std::optional<std::chrono::seconds> parse_duration(std::string_view text) {
    if (text.empty()) {
        return std::nullopt;
    }
    std::int64_t total = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::int64_t number = 0;
        std::size_t digits = 0;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
            if (number > std::numeric_limits<std::int64_t>::max() / 10 / 604800) {
                return std::nullopt; // absurdly large
            }
            number = number * 10 + (text[i] - '0');
            ++i;
            ++digits;
        }
        if (digits == 0 || i >= text.size()) {
            return std::nullopt;
        }
        std::int64_t unit = unit_seconds(text[i]);
        if (unit == 0) {
            return std::nullopt;
        }
        ++i;
        total += number * unit;
    }
    return std::chrono::seconds(total);
}

std::string format_duration(std::chrono::seconds value) {
    std::int64_t s = value.count();
    static constexpr struct {
        std::int64_t seconds;
        char unit;
    } units[] = {{604800, 'w'}, {86400, 'd'}, {3600, 'h'}, {60, 'm'}};
    for (const auto& u : units) {
        if (s != 0 && s % u.seconds == 0) {
            return std::to_string(s / u.seconds) + u.unit;
        }
    }
    return std::to_string(s) + 's';
}

} // namespace axg::util
