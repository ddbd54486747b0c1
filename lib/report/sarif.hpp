#pragma once
// SARIF 2.1.0 as GitHub code scanning consumes it (docs/reports.md): every rule of the registry
// in tool.driver.rules, one result per finding with a repository-relative location and a
// line-independent partial fingerprint; suppressed findings carry `suppressions`.

#include <ostream>
#include <string>
#include <string_view>

#include "model/severity.hpp"
#include "report/report.hpp"

namespace axg::report {

inline constexpr std::string_view k_sarif_schema_uri = "https://json.schemastore.org/sarif-2.1.0.json";
inline constexpr std::string_view k_fingerprint_key = "appexguard/v1";

// critical/high -> error, medium -> warning, low/info -> note.
std::string_view sarif_level(model::Severity severity);
// GitHub's security-severity score: 9.5, 8.0, 5.5, 3.0, 1.0.
std::string_view security_severity(model::Severity severity);
// `file` as findings name it (relative to the repository root, util::repository_name) as a URI reference relative
// to %SRCROOT%, percent-encoded; "" when it lies outside the repository (absolute, or above it).
std::string relative_uri(const std::string& file);

void render_sarif(const ReportInput& input, std::ostream& out);

} // namespace axg::report
