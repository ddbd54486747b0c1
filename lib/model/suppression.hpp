#pragma once
// What a suppression covers and whether it applies, shared by the check runner (which marks the
// findings it covers, check/suppressions) and the analysis (which marks the threats it accepts).

#include <chrono>
#include <string_view>

#include "model/contract.hpp"
#include "model/finding.hpp"

namespace axg::model {

// A live suppression suppresses; the others raise AXG903 (no reason) or AXG901 (expired).
enum class SuppressionLife { Live, NoReason, Expired };
SuppressionLife suppression_life(const Suppression& suppression, std::chrono::year_month_day today);

// True when the suppression's target is the finding's target or encloses it
// ("channels.a" covers "channels.a" and "channels.a.fields.x").
bool target_covers(std::string_view suppression_target, std::string_view finding_target);

// True for a threat id as `appexguard threats` prints it, "<catalog id>@<target>": the part before
// the first '@' has no '.', which every finding target ("channels.a@b") has.
bool is_threat_target(std::string_view target);

// True when the suppression names the finding's rule and covers its target, or names the threat
// the finding reports (`threat`: the id of an AXG501 finding's threat, "" otherwise).
bool suppression_covers(const Suppression& suppression, std::string_view rule_id, std::string_view target,
                        std::string_view threat = {});

// What a finding or threat it covers records of the suppression.
SuppressionState suppression_state(const Suppression& suppression);

} // namespace axg::model
