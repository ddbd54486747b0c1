#include "report/gitlab_codequality.hpp"

#include <nlohmann/json.hpp>

namespace axg::report {

namespace {

std::string_view codequality_severity(model::Severity severity) {
    switch (severity) {
    case model::Severity::Critical: return "blocker";
    case model::Severity::High: return "critical";
    case model::Severity::Medium: return "major";
    case model::Severity::Low: return "minor";
    case model::Severity::Info: break;
    }
    return "info";
}

} // namespace

void render_gitlab_codequality(const ReportInput& input, std::ostream& out) {
    nlohmann::ordered_json issues = nlohmann::ordered_json::array();
    for (const auto& f : input.findings) {
        if (f.suppressed) {
            continue;
        }
        nlohmann::ordered_json issue;
        issue["description"] = f.rule_id + " " + f.message;
        issue["check_name"] = f.rule_id + " " + f.slug;
        issue["fingerprint"] = f.fingerprint; // unique per finding, stable across runs (docs/reports.md)
        issue["severity"] = codequality_severity(f.severity);
        issue["location"] = {{"path", f.location.file.empty() ? input.contract_path : f.location.file.str()},
                             {"lines", {{"begin", f.location.line == 0 ? 1u : f.location.line}}}};
        issues.push_back(std::move(issue));
    }
    out << issues.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace axg::report
