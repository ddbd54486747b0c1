#pragma once
// Calendar dates written as YYYY-MM-DD, and "today" for expiry checks.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace axg::util {

std::optional<std::chrono::year_month_day> parse_date(std::string_view text);
std::string format_date(std::chrono::year_month_day date);
// The current UTC date, or APPEXGUARD_TODAY (YYYY-MM-DD) when set, so runs can be reproduced.
std::chrono::year_month_day today();

} // namespace axg::util
