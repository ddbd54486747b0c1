#pragma once
// The main job: run every enabled rule over a loaded model, merge what holds in several
// configurations, apply the policy and suppressions, and sort, so that every renderer gets the
// same deterministic list.

#include <optional>
#include <string>
#include <vector>

#include "model/entitlement_lock.hpp"
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

// What the drift (4xx) rules compare the model with; both optional.
struct DriftInputs {
    const model::Model* base = nullptr;
    std::string base_label;
    const model::EntitlementSnapshot* lock = nullptr;
};

CheckResult run_check(const model::Model& model, const model::Policy& policy, const DriftInputs& drift = {});

// True when an unsuppressed finding is at or above `fail_on` (nullopt = never fail).
bool gate_fails(const CheckResult& result, std::optional<model::Severity> fail_on);

// The stable part of a finding's identity: rule, target, file and message, not its line.
std::string fingerprint(const model::Finding& finding);

} // namespace axg::check
