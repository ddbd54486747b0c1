#include "report/rule_status.hpp"

#include <algorithm>

#include "analysis/analysis.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::report {

namespace {

std::string not_run(const rules::Rule& rule, const ReportInput& input) {
    if (input.policy && input.policy->disabled_rules.count(std::string(rule.id))) {
        return "disabled by the policy \"" + util::printable(input.policy->name) + "\"";
    }
    const bool base = input.analysis && input.analysis->drift().base;
    const bool lock = input.analysis && input.analysis->drift().lock;
    switch (rule.needs) {
    case rules::Needs::Project: return "";
    case rules::Needs::Base: return base ? "" : "a drift rule, and no base was given (--base REF or --base-dir DIR)";
    case rules::Needs::BaseOrLock:
        return base || lock ? ""
                            : "a drift rule, and neither a base (--base REF or --base-dir DIR) nor an appexguard.lock "
                              "was there to compare with";
    }
    return "";
}

} // namespace

std::map<std::string_view, RuleStatus> rule_statuses(const ReportInput& input) {
    std::map<std::string_view, RuleStatus> out;
    for (const rules::Rule* rule : rules::registry()) {
        RuleStatus status;
        status.severity = rule->severity;
        if (input.policy) {
            if (auto it = input.policy->severity_overrides.find(std::string(rule->id));
                it != input.policy->severity_overrides.end()) {
                status.severity = it->second;
            }
        }
        status.not_run = not_run(*rule, input);
        out.emplace(rule->id, std::move(status));
    }
    for (const auto& f : input.findings) {
        if (auto it = out.find(f.rule_id); it != out.end()) {
            it->second.severity = std::max(it->second.severity, f.severity);
        }
    }
    return out;
}

} // namespace axg::report
