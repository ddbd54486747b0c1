#include "report/sarif.hpp"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "report/rule_docs.hpp"
#include "report/rule_status.hpp"
#include "rules/registry.hpp"

namespace axg::report {

namespace {
using Json = nlohmann::ordered_json;

constexpr std::string_view k_root_base = "%SRCROOT%";

std::string percent_encode(std::string_view path) {
    static constexpr char k_hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += k_hex[c >> 4];
            out += k_hex[c & 15];
        }
    }
    return out;
}

// SARIF message text with embedded links ("[text](id)", SARIF 2.1.0 §3.11.6): a literal '[', ']' or '\\' of the
// text is escaped with a backslash, so that no part of a message reads as a link.
std::string escape_link_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '[' || c == ']' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

Json artifact_location(const std::string& file, const ReportInput& input) {
    Json j;
    if (std::string uri = relative_uri(file); !uri.empty()) {
        j["uri"] = uri;
        j["uriBaseId"] = k_root_base;
    } else {
        // Outside the repository (a manifest above it, allowed by --root): an absolute file URI, so that the
        // location is still exact.
        std::filesystem::path absolute(file);
        if (absolute.is_relative()) {
            absolute = std::filesystem::path(input.repository_root) / absolute;
        }
        j["uri"] = "file://" + percent_encode(absolute.lexically_normal().generic_string());
    }
    return j;
}

Json physical_location(const util::SourceLocation& loc, const ReportInput& input) {
    Json physical;
    physical["artifactLocation"] = artifact_location(loc.file.empty() ? input.contract_path : loc.file.str(), input);
    Json region;
    region["startLine"] = loc.line == 0 ? 1u : loc.line;
    if (loc.line != 0 && loc.column != 0) {
        region["startColumn"] = loc.column;
    }
    physical["region"] = region;
    return {{"physicalLocation", physical}};
}

Json rule_descriptor(const rules::Rule& rule, const RuleStatus& status, const ReportInput& input) {
    const RuleDoc& doc = rule_doc(rule);
    Json j;
    j["id"] = rule.id;
    j["name"] = rule.slug;
    j["shortDescription"] = {{"text", rule.summary}};
    j["fullDescription"] = {{"text", doc.description}};
    std::string help_markdown = doc.markdown.empty() ? std::string(rule.summary) : doc.markdown;
    j["help"] = {{"text", help_markdown}, {"markdown", help_markdown}};
    j["helpUri"] = rule_help_uri(rule);
    // The severity under the policy (and never below its most severe result): GitHub takes security-severity from
    // the rule, not the result.
    j["defaultConfiguration"] = {{"level", sarif_level(status.severity)}};
    if (input.policy && input.policy->disabled_rules.count(std::string(rule.id))) {
        j["defaultConfiguration"]["enabled"] = false;
    }
    Json tags = Json::array({"security", rule.layer});
    if (!doc.cwe.empty()) {
        tags.push_back(doc.cwe);
        tags.push_back("external/cwe/cwe-" + doc.cwe.substr(4));
    }
    j["properties"] = {
        {"tags", tags}, {"precision", "high"}, {"security-severity", security_severity(status.severity)}};
    return j;
}

Json result(const model::Finding& f, const ReportInput& input, const std::map<std::string, std::size_t>& index) {
    Json j;
    j["ruleId"] = f.rule_id;
    if (auto it = index.find(f.rule_id); it != index.end()) {
        j["ruleIndex"] = it->second;
    }
    j["level"] = sarif_level(f.severity);
    std::string text = f.message;
    if (!f.fix.empty()) {
        text += " Fix: " + f.fix;
    }
    if (!f.related.empty()) {
        text = escape_link_text(text);
    }
    j["locations"] = Json::array({physical_location(f.location, input)});
    if (!f.related.empty()) {
        // Each related location has a message and is linked from the result's message ("[text](id)"): GitHub shows
        // only the related locations a message refers to.
        Json related = Json::array();
        text += text.ends_with('.') ? " Related:" : ". Related:";
        int id = 1;
        for (const auto& r : f.related) {
            Json loc = physical_location(r, input);
            std::string where = escape_link_text(r.str());
            loc["id"] = id;
            loc["message"] = {{"text", r.str()}};
            text += (id == 1 ? " [" : ", [") + where + "](" + std::to_string(id) + ")";
            related.push_back(std::move(loc));
            ++id;
        }
        text += ".";
        j["relatedLocations"] = related;
    }
    j["message"] = {{"text", text}};
    j["partialFingerprints"] = {{k_fingerprint_key, f.fingerprint}};
    if (input.baseline.used) {
        j["baselineState"] = "new";
    }
    if (f.suppressed) {
        Json s;
        s["kind"] = "external"; // declared in the contract, not beside the code
        s["status"] = "accepted";
        s["justification"] = f.suppressed->reason;
        if (!f.suppressed->location.file.empty()) {
            s["location"] = physical_location(f.suppressed->location, input);
        }
        if (!f.suppressed->expires.empty()) {
            s["properties"] = {{"expires", f.suppressed->expires}};
        }
        j["suppressions"] = Json::array({s});
    }
    Json properties;
    properties["severity"] = model::severity_name(f.severity);
    properties["target"] = f.target;
    if (!f.configurations.empty()) {
        properties["configurations"] = f.configurations;
    }
    j["properties"] = properties;
    return j;
}
} // namespace

std::string_view sarif_level(model::Severity severity) {
    switch (severity) {
    case model::Severity::Critical:
    case model::Severity::High: return "error";
    case model::Severity::Medium: return "warning";
    case model::Severity::Low:
    case model::Severity::Info: break;
    }
    return "note";
}

std::string_view security_severity(model::Severity severity) {
    switch (severity) {
    case model::Severity::Critical: return "9.5";
    case model::Severity::High: return "8.0";
    case model::Severity::Medium: return "5.5";
    case model::Severity::Low: return "3.0";
    case model::Severity::Info: break;
    }
    return "1.0";
}

std::string relative_uri(const std::string& file) {
    const std::filesystem::path path(file);
    if (file.empty() || path.is_absolute() || (!path.empty() && *path.begin() == "..")) {
        return {};
    }
    return percent_encode(path.lexically_normal().generic_string());
}

void render_sarif(const ReportInput& input, std::ostream& out) {
    Json driver;
    driver["name"] = "appexguard";
    driver["fullName"] = "appexguard " + input.tool_version + ": iOS app and extension IPC contract checker";
    driver["version"] = input.tool_version;
    driver["semanticVersion"] = input.tool_version;
    driver["informationUri"] = k_project_uri;
    Json rule_list = Json::array();
    std::map<std::string, std::size_t> index;
    const auto statuses = rule_statuses(input);
    for (const rules::Rule* rule : rules::registry()) {
        index.emplace(std::string(rule->id), rule_list.size());
        rule_list.push_back(rule_descriptor(*rule, statuses.at(rule->id), input));
    }
    driver["rules"] = rule_list;

    Json run;
    run["tool"] = {{"driver", driver}};
    // One analysis per contract: GitHub keys code-scanning results by this category (everything before the last
    // '/'), so the contracts of a monorepo do not close each other's alerts.
    run["automationDetails"] = {{"id", "appexguard/" + input.contract_path + "/"}};
    run["originalUriBaseIds"] = {
        {k_root_base,
         {{"description", {{"text", "The repository root: the git top level that holds the contract."}}}}}};
    Json results = Json::array();
    for (const auto& f : input.findings) {
        results.push_back(result(f, input, index));
    }
    run["results"] = results;
    run["columnKind"] = "unicodeCodePoints";
    run["properties"] = {{"contract", input.contract_path}, {"configurations", input.configurations}};

    Json root;
    root["$schema"] = k_sarif_schema_uri;
    root["version"] = "2.1.0";
    root["runs"] = Json::array({run});
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace axg::report
