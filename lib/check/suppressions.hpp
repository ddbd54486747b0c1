#pragma once
// Applies the contract's suppressions to findings: marks the ones they cover, and raises
// AXG901 (expired), AXG902 (unused) and AXG903 (no reason) for the suppressions themselves.
// What a suppression covers and whether it applies is model/suppression.hpp, which the analysis
// uses too to mark the threats a suppression accepts.

#include <chrono>
#include <vector>

#include "graph/threats.hpp"
#include "model/contract.hpp"
#include "model/finding.hpp"

namespace axg::check {

// Returns the findings about the suppressions; `findings` get their `suppressed` state. `threats`,
// when the run derived them, lets an unused suppression naming a threat id say whether that threat
// exists (a typo) or is one AXG501 does not report.
std::vector<model::Finding> apply_suppressions(const std::vector<model::Suppression>& suppressions,
                                               std::vector<model::Finding>& findings, std::chrono::year_month_day today,
                                               const std::vector<graph::Threat>* threats = nullptr);

} // namespace axg::check
