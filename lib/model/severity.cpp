#include "model/severity.hpp"

#include "model/enum_table.hpp"

namespace axg::model {

namespace {
constexpr EnumEntry<Severity> k_severities[] = {
    {Severity::Info, "info"},   {Severity::Low, "low"},           {Severity::Medium, "medium"},
    {Severity::High, "high"},   {Severity::Critical, "critical"},
};
} // namespace

std::string_view severity_name(Severity severity) { return enum_name(k_severities, severity); }
std::optional<Severity> parse_severity(std::string_view name) { return enum_parse(k_severities, name); }
std::vector<std::string> severity_names() { return enum_names(k_severities); }

} // namespace axg::model
