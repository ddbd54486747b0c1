#pragma once
// What every renderer receives: the sorted findings and a little context. Renderers print;
// they never decide severity or filter.

#include <span>
#include <string>
#include <vector>

#include "model/finding.hpp"

namespace axg::report {

struct ReportInput {
    std::span<const model::Finding> findings; // sorted (model::finding_less)
    std::string contract_path;
    std::vector<std::string> configurations; // checked, sorted
    std::string tool_version = APPEXGUARD_VERSION;
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
