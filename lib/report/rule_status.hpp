#pragma once
// How each catalog rule stood in one run, for the reports that list every rule (SARIF's rules, JUnit's test cases):
// its severity under the policy and whether it ran at all.

#include <map>
#include <string>
#include <string_view>

#include "report/report.hpp"
#include "rules/rule.hpp"

namespace axg::report {

struct RuleStatus {
    // The policy's override, else the rule's own; raised to its most severe finding (AXG501 reports each threat at
    // the threat's severity), so that GitHub's security-severity, taken per rule, never understates a result.
    model::Severity severity = model::Severity::Medium;
    std::string
        not_run; // why the rule did not run ("" = it ran): disabled by the policy, or a drift rule without a base
};

// Every rule of rules::registry(), keyed by ID.
std::map<std::string_view, RuleStatus> rule_statuses(const ReportInput& input);

} // namespace axg::report
