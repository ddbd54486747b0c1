#include "report/json.hpp"

#include <nlohmann/json.hpp>

namespace axg::report {

namespace {
using Json = nlohmann::ordered_json;

Json location(const util::SourceLocation& loc) {
    Json j;
    j["file"] = loc.file;
    j["line"] = loc.line;
    j["column"] = loc.column;
    return j;
}
} // namespace

void render_json(const ReportInput& input, std::ostream& out) {
    SeverityCounts counts = count_findings(input.findings);
    Json root;
    root["schema_version"] = k_json_schema_version;
    root["tool"] = {{"name", "appexguard"}, {"version", input.tool_version}};
    root["contract"] = input.contract_path;
    root["configurations"] = input.configurations;
    Json summary;
    summary["total"] = counts.active;
    for (int s = 4; s >= 0; --s) {
        summary[std::string(model::severity_name(static_cast<model::Severity>(s)))] = counts.by_severity[s];
    }
    summary["suppressed"] = counts.suppressed;
    root["summary"] = summary;
    Json findings = Json::array();
    for (const auto& f : input.findings) {
        Json j;
        j["rule"] = f.rule_id;
        j["slug"] = f.slug;
        j["severity"] = model::severity_name(f.severity);
        j["target"] = f.target;
        j["message"] = f.message;
        j["fix"] = f.fix;
        j["location"] = location(f.location);
        Json related = Json::array();
        for (const auto& r : f.related) {
            related.push_back(location(r));
        }
        j["related"] = related;
        j["configurations"] = f.configurations;
        if (f.suppressed) {
            j["suppressed"] = {{"reason", f.suppressed->reason},
                               {"expires", f.suppressed->expires},
                               {"location", location(f.suppressed->location)}};
        } else {
            j["suppressed"] = nullptr;
        }
        j["fingerprint"] = f.fingerprint;
        findings.push_back(std::move(j));
    }
    root["findings"] = findings;
    // Invalid UTF-8 in input strings is replaced, never an exception.
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace axg::report
