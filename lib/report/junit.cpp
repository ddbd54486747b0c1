#include "report/junit.hpp"

#include <map>
#include <vector>

#include "report/rule_docs.hpp"
#include "report/rule_status.hpp"
#include "rules/registry.hpp"
#include "util/escape.hpp"

namespace axg::report {

namespace {
struct Case {
    std::string name;
    std::string file;
    std::uint32_t line = 0;
    const model::Finding* finding = nullptr; // null: the rule passed, or did not run
    std::string not_run;                     // why the rule did not run: a skipped case
    std::string help;                        // the rule's page
};

struct Suite {
    std::vector<Case> cases;
    std::size_t failures = 0;
    std::size_t skipped = 0;
};

std::string attr(std::string_view name, const std::string& value) {
    return " " + std::string(name) + "=\"" + util::escape_xml(value) + "\"";
}

void write_case(const Case& c, const std::string& suite_name, std::ostream& out) {
    out << "    <testcase" << attr("classname", "appexguard." + suite_name.substr(0, suite_name.find(' ')))
        << attr("name", c.name);
    if (!c.file.empty()) {
        out << attr("file", c.file);
    }
    if (c.line != 0) {
        out << attr("line", std::to_string(c.line));
    }
    out << " time=\"0\"";
    if (!c.finding && c.not_run.empty()) {
        out << "/>\n";
        return;
    }
    out << ">\n";
    if (!c.finding) {
        out << "      <skipped" << attr("message", "not run: " + c.not_run) << "/>\n";
        out << "    </testcase>\n";
        return;
    }
    const model::Finding& f = *c.finding;
    if (f.suppressed) {
        out << "      <skipped" << attr("message", "suppressed: " + f.suppressed->reason) << "/>\n";
    } else {
        std::string body = f.location.str() + "\n" + f.message + "\n";
        if (!f.fix.empty()) {
            body += "Fix: " + f.fix + "\n";
        }
        if (!f.configurations.empty()) {
            std::string list;
            for (const auto& configuration : f.configurations) {
                list += (list.empty() ? "" : ", ") + configuration;
            }
            body += "Configurations: " + list + "\n";
        }
        body += "Fingerprint: " + f.fingerprint + "\n";
        body += "Rule: " + c.help + "\n";
        out << "      <failure" << attr("type", f.rule_id + " " + std::string(model::severity_name(f.severity)))
            << attr("message", "[" + std::string(model::severity_name(f.severity)) + "] " + f.message) << ">"
            << util::escape_xml(body) << "</failure>\n";
    }
    out << "    </testcase>\n";
}
} // namespace

std::string rule_family(const std::string& rule_id) {
    static const std::map<char, std::string_view> k_families = {{'1', "least privilege and manifests"},
                                                                {'2', "channel security"},
                                                                {'3', "schemas"},
                                                                {'4', "drift"},
                                                                {'5', "threat graph"},
                                                                {'9', "contract hygiene"}};
    if (rule_id.size() < 4 || !rule_id.starts_with("AXG")) {
        return "other";
    }
    std::string prefix = rule_id.substr(0, 4) + "xx";
    auto it = k_families.find(rule_id[3]);
    return it == k_families.end() ? prefix : prefix + " " + std::string(it->second);
}

void render_junit(const ReportInput& input, std::ostream& out) {
    std::map<std::string, Suite> suites; // sorted by family name
    std::map<std::string, std::vector<const model::Finding*>> by_rule;
    for (const auto& f : input.findings) {
        by_rule[f.rule_id].push_back(&f);
    }
    const auto statuses = rule_statuses(input);
    auto add_findings = [&](const std::string& rule_id, const std::string& slug, const std::string& help) {
        Suite& suite = suites[rule_family(rule_id)];
        auto it = by_rule.find(rule_id);
        if (it == by_rule.end()) {
            auto status = statuses.find(rule_id);
            std::string not_run = status == statuses.end() ? "" : status->second.not_run;
            suite.skipped += not_run.empty() ? 0 : 1;
            suite.cases.push_back({rule_id + " " + slug, "", 0, nullptr, std::move(not_run), help});
            return;
        }
        // A test case is keyed by suite, class and name (GitLab shows one per key): two findings of a rule on one
        // target are told apart by their fingerprints.
        std::map<std::string, std::size_t> per_target;
        for (const model::Finding* f : it->second) {
            ++per_target[f->target];
        }
        for (const model::Finding* f : it->second) {
            std::string name = rule_id + " " + slug + ": " + f->target;
            if (per_target[f->target] > 1) {
                name += " [" + f->fingerprint + "]";
            }
            suite.cases.push_back({std::move(name), f->location.file, f->location.line, f, "", help});
            (f->suppressed ? suite.skipped : suite.failures) += 1;
        }
        by_rule.erase(it);
    };
    for (const rules::Rule* rule : rules::registry()) {
        add_findings(std::string(rule->id), std::string(rule->slug), rule_help_uri(*rule));
    }
    while (!by_rule.empty()) { // findings of rules outside the registry, if any
        auto first = by_rule.begin();
        add_findings(first->first, first->second.front()->slug, std::string(k_project_uri));
    }

    std::size_t tests = 0, failures = 0, skipped = 0;
    for (const auto& [name, suite] : suites) {
        tests += suite.cases.size();
        failures += suite.failures;
        skipped += suite.skipped;
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << "<testsuites" << attr("name", "appexguard " + input.contract_path) << attr("tests", std::to_string(tests))
        << attr("failures", std::to_string(failures)) << " errors=\"0\"" << attr("skipped", std::to_string(skipped))
        << " time=\"0\">\n";
    for (const auto& [name, suite] : suites) {
        out << "  <testsuite" << attr("name", name) << attr("tests", std::to_string(suite.cases.size()))
            << attr("failures", std::to_string(suite.failures)) << " errors=\"0\""
            << attr("skipped", std::to_string(suite.skipped)) << " time=\"0\">\n";
        for (const auto& c : suite.cases) {
            write_case(c, name, out);
        }
        out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
}

} // namespace axg::report
