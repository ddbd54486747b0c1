#include "report/report.hpp"

#include "util/text.hpp"

namespace axg::report {

SeverityCounts count_findings(std::span<const model::Finding> findings) {
    SeverityCounts counts;
    for (const auto& f : findings) {
        if (f.suppressed) {
            ++counts.suppressed;
            continue;
        }
        ++counts.active;
        ++counts.by_severity[static_cast<int>(f.severity)];
    }
    return counts;
}

std::string configuration_note(const model::Finding& finding, const std::vector<std::string>& checked) {
    if (finding.configurations.empty() || finding.configurations.size() >= checked.size()) {
        return {};
    }
    return "(" + util::join(finding.configurations, ", ") + ")";
}

} // namespace axg::report
