#include "report/report_view.hpp"

#include <algorithm>
#include <set>

#include "analysis/analysis.hpp"
#include "report/rule_docs.hpp"
#include "report/sarif.hpp"
#include "report/text.hpp"
#include "rules/registry.hpp"
#include "util/repository_path.hpp"
#include "util/text.hpp"

namespace axg::report {

namespace {

bool blocks(const model::Finding& f, const ReportInput& input) {
    return !f.suppressed && input.fail_on && f.severity >= *input.fail_on;
}

mstch::array strings(const std::vector<std::string>& values) {
    mstch::array out;
    for (const auto& v : values) {
        out.push_back(v);
    }
    return out;
}
} // namespace

std::vector<std::string> finding_components(const model::Finding& finding, const model::Contract* contract_or_null) {
    std::set<std::string> out;
    auto kind_end = finding.target.find('.');
    std::string kind = finding.target.substr(0, kind_end);
    std::string rest = kind_end == std::string::npos ? std::string() : finding.target.substr(kind_end + 1);
    std::string id = rest.substr(0, rest.find('.'));
    if (kind == "components") {
        out.insert(id);
    } else if (contract_or_null) {
        const auto& contract = *contract_or_null;
        if (kind == "channels") {
            if (auto it = contract.channels.find(id); it != contract.channels.end()) {
                for (const auto& endpoint : it->second.to) {
                    out.insert(endpoint);
                }
                out.insert(it->second.from);
            }
        } else if (kind == "stores") {
            if (const model::Store* store = contract.store(id)) {
                out.insert(store->members.begin(), store->members.end());
            }
        } else if (kind == "schemas") {
            for (const auto& [component_id, component] : contract.components) {
                if (component.schemas.count(id)) {
                    out.insert(component_id);
                }
            }
        }
    }
    std::vector<std::string> result;
    for (const auto& c : out) {
        if (!c.empty() && !model::is_external(c)) {
            result.push_back(c);
        }
    }
    return result;
}

std::vector<const model::Finding*> review_order(std::span<const model::Finding> findings) {
    std::vector<const model::Finding*> out;
    for (const auto& f : findings) {
        out.push_back(&f);
    }
    std::stable_sort(out.begin(), out.end(), [](const model::Finding* a, const model::Finding* b) {
        if (a->suppressed.has_value() != b->suppressed.has_value()) {
            return !a->suppressed.has_value();
        }
        return a->severity > b->severity;
    });
    return out;
}

mstch::map finding_view(const model::Finding& f, const ReportInput& input) {
    std::string description;
    std::string rule_url(k_project_uri);
    if (const rules::Rule* rule = rules::find_rule(f.rule_id)) {
        description = rule_doc(*rule).description;
        rule_url = rule_help_uri(*rule);
    }
    std::vector<std::string> components = finding_components(f, input.analysis ? &input.analysis->contract() : nullptr);
    mstch::map view{
        {"rule", f.rule_id},
        {"slug", f.slug},
        {"rule_description", description},
        {"rule_url", rule_url},
        {"severity", std::string(model::severity_name(f.severity))},
        {"target", f.target},
        {"message", f.message},
        {"fix", f.fix},
        {"location", f.location.str()},
        {"file", f.location.file.str()},
        {"line", static_cast<int>(f.location.line)},
        {"configurations", util::join(f.configurations, ", ")},
        {"configuration_note", configuration_note(f, input.configurations)},
        {"components", strings(components)},
        {"components_joined", util::join(components, " ")},
        {"fingerprint", f.fingerprint},
        {"blocking", blocks(f, input)},
        {"suppressed", f.suppressed.has_value()},
    };
    if (f.suppressed) {
        view["reason"] = f.suppressed->reason;
        view["expires"] = f.suppressed->expires;
        view["suppression_location"] = f.suppressed->location.str();
    }
    mstch::array related;
    for (const auto& r : f.related) {
        related.push_back(mstch::map{{"location", r.str()}});
    }
    view["related"] = related;
    return view;
}

mstch::array accepted_risks_view(const ReportInput& input) {
    mstch::array out;
    if (!input.analysis) {
        return out;
    }
    for (const auto& t : input.analysis->threats()) {
        if (!t.accepted) {
            continue;
        }
        out.push_back(mstch::map{{"id", t.id},
                                 {"title", std::string(t.entry->title)},
                                 {"severity", std::string(model::severity_name(t.severity))},
                                 {"target", t.target},
                                 {"reason", t.accepted->reason},
                                 {"expires", t.accepted->expires},
                                 {"location", t.accepted->location.str()}});
    }
    return out;
}

mstch::map report_view(const ReportInput& input, const std::vector<const model::Finding*>& findings,
                       const Template& tmpl) {
    SeverityCounts counts = count_findings(input.findings);
    mstch::array severities;
    for (int s = 4; s >= 0; --s) {
        severities.push_back(mstch::map{{"name", std::string(model::severity_name(static_cast<model::Severity>(s)))},
                                        {"count", static_cast<int>(counts.by_severity[s])}});
    }
    bool gate_failed = false;
    mstch::array active;
    mstch::array suppressed;
    const bool list_active = tmpl.mentions("active");
    const bool list_suppressed = tmpl.mentions("suppressed");
    for (const model::Finding* f : findings) {
        gate_failed = gate_failed || blocks(*f, input);
        if (f->suppressed ? list_suppressed : list_active) {
            (f->suppressed ? suppressed : active).push_back(finding_view(*f, input));
        }
    }
    mstch::map view{
        {"tool_version", input.tool_version},
        {"contract", input.contract_path},
        {"configurations", util::join(input.configurations, ", ")},
        {"summary", summary_line(counts)},
        {"severities", std::move(severities)},
        {"active_count", static_cast<int>(counts.active)},
        {"suppressed_count", static_cast<int>(counts.suppressed)},
        {"has_active", counts.active > 0},
        {"has_suppressed", counts.suppressed > 0},
        {"gate_failed", gate_failed},
        {"fail_on", input.fail_on ? std::string(model::severity_name(*input.fail_on)) : std::string("never")},
        {"active", std::move(active)},
        {"suppressed", std::move(suppressed)},
    };
    if (input.baseline.used) {
        view["baseline"] = mstch::map{{"path", util::repository_name(input.baseline.path)},
                                      {"known", static_cast<int>(input.baseline.known)},
                                      {"fixed", static_cast<int>(input.baseline.fixed)}};
    }
    return view;
}

} // namespace axg::report
