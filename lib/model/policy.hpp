#pragma once
// A policy profile: the organisation's thresholds that rules compare the contract against
// (built-in "baseline" and "strict" in contracts/policies/, or a user's TOML file; see
// docs/policies.md). Rules read thresholds from here, never hard-code them.

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "model/classification.hpp"
#include "model/controls.hpp"
#include "model/severity.hpp"
#include "model/transport.hpp"

namespace axg::model {

// What data of one classification requires wherever it travels or rests.
struct ClassificationPolicy {
    bool auth = false;                                 // AXG202: the channel authenticates its sender
    Encryption encryption = Encryption::None;          // AXG204: at least this encryption
    KeyStorage key_storage = KeyStorage::None;         // AXG205: the key is stored at least this well
    bool validation = false;                           // AXG206: receivers validate
    bool retention = false;                            // AXG207: data at rest has a lifetime
    std::optional<std::chrono::seconds> max_retention; // AXG207
    bool audit = false;                                // AXG210
    int store_protection = 0;                          // AXG211: minimum protection_strength (0..3)
    std::set<Transport> forbidden_transports;          // AXG201
};

struct Policy {
    std::string name = "baseline";
    std::optional<std::chrono::seconds> max_token_ttl; // AXG203
    bool token_rotation = false;                       // AXG203: tokens must rotate
    std::map<Classification, ClassificationPolicy> classifications;
    std::map<std::string, Severity> severity_overrides; // rule id -> severity
    std::set<std::string> disabled_rules;

    // The requirements for `c` (none when the policy does not mention it).
    const ClassificationPolicy& requirements(Classification c) const {
        static const ClassificationPolicy k_none;
        auto it = classifications.find(c);
        return it == classifications.end() ? k_none : it->second;
    }
};

} // namespace axg::model
