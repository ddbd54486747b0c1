#pragma once
// The main job: run every enabled rule over a loaded model, merge what holds in several
// configurations, apply the policy and suppressions, and sort, so that every renderer gets the
// same deterministic list.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analysis.hpp"
#include "model/finding.hpp"
#include "model/manifest.hpp"
#include "model/policy.hpp"

namespace axg::check {

struct CheckResult {
    std::vector<model::Finding> findings; // sorted; suppressed ones included and marked
    std::vector<std::string> configurations;
    std::size_t active_count(model::Severity at_least = model::Severity::Info) const;
    std::size_t suppressed_count() const;
};

// Every enabled rule over one analysis of the project (analysis/analysis.hpp), which the caller
// keeps for the renderers. `families`: "" = every rule; otherwise only rules whose family digit
// (AXG<d>nn) is in it: `drift` runs "4", and so derives no threats.
CheckResult run_check(const analysis::Analysis& analysis, const model::Policy& policy, std::string_view families = "");

// True when an unsuppressed finding is at or above `fail_on` (nullopt = never fail).
bool gate_fails(const CheckResult& result, std::optional<model::Severity> fail_on);

// The stable part of a finding's identity: rule, target, file and message, not its line.
std::string fingerprint(const model::Finding& finding);

} // namespace axg::check
