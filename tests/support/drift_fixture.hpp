#pragma once
// Two versions of a small project (a base and the current one) for the drift (4xx) rule tests:
// each written to its own temp directory, loaded, and checked with the base and an optional lock.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/check.hpp"
#include "model/finding.hpp"
#include "support/rule_fixture.hpp" // replaced()

namespace axg::test {

struct ProjectFiles {
    std::string contract;                     // appexguard.toml
    std::map<std::string, std::string> files; // path relative to the contract -> contents
};

// A clean project: app + share extension, the app group "group", schemas Note (backward) and
// Snap (full), the channel share-to-app, and entitlements files for both components.
ProjectFiles drift_project();

// `p` with `schema` (Note or Snap) at version 2 and, when `readers` is given, a [[schemas.ID.migrations]] entry
// from 1 to 2 with that `readers` value (docs/drift.md#migrations).
ProjectFiles bumped(ProjectFiles p, const std::string& schema,
                    const std::optional<std::string>& readers = std::nullopt);
inline ProjectFiles note_bumped(ProjectFiles p, const std::optional<std::string>& readers = std::nullopt) {
    return bumped(std::move(p), "Note", readers);
}

// `p` without the Note schema's `body` field (a breaking removal under "backward").
ProjectFiles without_body(ProjectFiles p);

// An entitlements plist holding app groups.
std::string app_groups_plist(const std::vector<std::string>& groups);

// Runs every rule with `base` as the base (and `lock_text` as appexguard.lock when given) and
// returns the findings of `rule_id` only. Fails the test on load errors.
std::vector<model::Finding> drift_findings(const std::string& rule_id, const ProjectFiles& base,
                                           const ProjectFiles& head,
                                           const std::optional<std::string>& lock_text = std::nullopt);

} // namespace axg::test
