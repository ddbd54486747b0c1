#pragma once
// Durations written as "30s", "5m", "24h", "7d", "2w" or combined ("1h30m").

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace axg::util {

std::optional<std::chrono::seconds> parse_duration(std::string_view text);
// Shortest exact spelling: 300s -> "5m", 90000s -> "25h".
std::string format_duration(std::chrono::seconds value);

} // namespace axg::util
