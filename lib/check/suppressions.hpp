#pragma once
// Applies the contract's suppressions to findings: marks the ones they cover, and raises
// AXG901 (expired), AXG902 (unused) and AXG903 (no reason) for the suppressions themselves.

#include <chrono>
#include <vector>

#include "model/contract.hpp"
#include "model/finding.hpp"

namespace axg::check {

// Returns the findings about the suppressions; `findings` get their `suppressed` state.
std::vector<model::Finding> apply_suppressions(const std::vector<model::Suppression>& suppressions,
                                               std::vector<model::Finding>& findings,
                                               std::chrono::year_month_day today);

// True when the suppression's target is the finding's target or encloses it
// ("channels.a" covers "channels.a" and "channels.a.fields.x").
bool target_covers(std::string_view suppression_target, std::string_view finding_target);

} // namespace axg::check
