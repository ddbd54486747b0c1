#include "util/date.hpp"

#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace axg::util {

std::optional<std::chrono::year_month_day> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto number = [&](std::size_t pos, std::size_t len, int& out) {
        auto [ptr, ec] = std::from_chars(text.data() + pos, text.data() + pos + len, out);
        return ec == std::errc() && ptr == text.data() + pos + len;
    };
    int y = 0, m = 0, d = 0;
    if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) {
        return std::nullopt;
    }
    std::chrono::year_month_day date{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                     std::chrono::day(static_cast<unsigned>(d))};
    if (!date.ok()) {
        return std::nullopt;
    }
    return date;
}

std::string format_date(std::chrono::year_month_day date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buf;
}

std::chrono::year_month_day today() {
    if (const char* fixed = std::getenv("APPEXGUARD_TODAY")) {
        if (auto date = parse_date(fixed)) {
            return *date;
        }
    }
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

} // namespace axg::util
