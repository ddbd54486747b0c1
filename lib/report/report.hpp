#pragma once
// What every renderer receives: the sorted findings and a little context. Renderers print;
// they never decide severity or filter.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/finding.hpp"
#include "model/policy.hpp"

namespace axg::analysis {
class Analysis;
}

namespace axg::report {

// What a baseline (check --baseline) took out of the report.
struct BaselineSummary {
    bool used = false;
    std::string path;      // as given
    std::size_t known = 0; // findings in the baseline and still present: not reported
    std::size_t fixed = 0; // findings in the baseline that are gone
};

struct ReportInput {
    std::span<const model::Finding> findings; // sorted (model::finding_less)
    std::string contract_path;
    std::vector<std::string> configurations; // checked, sorted
    std::string tool_version = APPEXGUARD_VERSION;
    const analysis::Analysis* analysis =
        nullptr;                 // the project and its graph, for the HTML diagram and component filters
    std::string repository_root; // absolute; SARIF artifact URIs are relative to it ("" = as given)
    BaselineSummary baseline;
    std::optional<model::Severity> fail_on; // the gate, for reports that state it (nullopt = never)
    const model::Policy* policy = nullptr;  // in force: rule severities and disabled rules (report/rule_status.hpp)
};

struct SeverityCounts {
    std::size_t by_severity[5] = {0, 0, 0, 0, 0}; // indexed by model::Severity
    std::size_t active = 0;
    std::size_t suppressed = 0;
};

SeverityCounts count_findings(std::span<const model::Finding> findings);

// "(Beta, Debug)" when the finding does not hold in every configuration checked, else "".
std::string configuration_note(const model::Finding& finding, const std::vector<std::string>& checked);

} // namespace axg::report
