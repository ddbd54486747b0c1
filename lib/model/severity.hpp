#pragma once
// Finding severities, ordered from least to most severe.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace axg::model {

enum class Severity { Info, Low, Medium, High, Critical };

std::string_view severity_name(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);
std::vector<std::string> severity_names();

} // namespace axg::model
