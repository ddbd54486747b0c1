#pragma once
// A policy profile: the organisation's thresholds that rules compare the contract against
// (built-in "baseline" and "strict" in contracts/policies/, or a user's TOML file).

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "model/severity.hpp"

namespace axg::model {

struct Policy {
    std::string name = "baseline";
    std::optional<std::chrono::seconds> max_token_ttl;
    std::map<std::string, Severity> severity_overrides; // rule id -> severity
    std::set<std::string> disabled_rules;
};

} // namespace axg::model
