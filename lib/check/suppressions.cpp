#include "check/suppressions.hpp"

#include "model/suppression.hpp"
#include "rules/registry.hpp"
#include "util/date.hpp"
#include "util/text.hpp"

namespace axg::check {

namespace {
model::Finding raise(const rules::Rule& rule, const model::Suppression& s, std::string message, std::string fix) {
    model::Finding f;
    f.rule_id = std::string(rule.id);
    f.slug = std::string(rule.slug);
    f.severity = rule.severity;
    f.target = "suppressions." + s.id;
    f.location = s.location;
    f.message = std::move(message);
    f.fix = std::move(fix);
    return f;
}

// AXG902 for a suppression that covers no finding. A threat id is checked against the threats: a
// typo names no threat, which must read differently from a threat that is no longer reported.
model::Finding unused(const model::Suppression& s, const std::string& what, const std::vector<graph::Threat>* threats) {
    if (model::is_threat_target(s.target) && threats) {
        const graph::Threat* threat = graph::find_threat(*threats, s.target);
        if (!threat) {
            std::vector<std::string> ids;
            for (const auto& t : *threats) {
                ids.push_back(t.id);
            }
            std::string message = "the suppression of " + what + " names no threat of this contract";
            if (auto suggestion = util::closest_match(s.target, ids); !suggestion.empty()) {
                message += "; did you mean \"" + util::printable(suggestion) + "\"?";
            }
            return raise(rules::k_axg902, s, message,
                         "write a threat id as `appexguard threats` prints it, or remove the suppression");
        }
        return raise(rules::k_axg902, s,
                     "the suppression of " + what + " matches no finding: AXG501 does not report the threat (" +
                         std::string(graph::threat_unreported_reason(*threat)) + ")",
                     "remove it: the risk it accepted is no longer open");
    }
    return raise(rules::k_axg902, s, "the suppression of " + what + " matches no finding",
                 "remove it: the finding is fixed or the target was renamed");
}
} // namespace

std::vector<model::Finding> apply_suppressions(const std::vector<model::Suppression>& suppressions,
                                               std::vector<model::Finding>& findings, std::chrono::year_month_day today,
                                               const std::vector<graph::Threat>* threats) {
    std::vector<model::Finding> raised;
    for (const auto& s : suppressions) {
        const std::string what = s.rule + " on " + util::printable(s.target);
        switch (model::suppression_life(s, today)) {
        case model::SuppressionLife::NoReason:
            raised.push_back(raise(rules::k_axg903, s,
                                   "the suppression of " + what + " gives no reason, so it does not apply",
                                   "write why the risk is accepted in its reason"));
            continue;
        case model::SuppressionLife::Expired:
            raised.push_back(raise(rules::k_axg901, s,
                                   "the suppression of " + what + " expired on " + util::format_date(*s.expires) +
                                       " and no longer applies",
                                   "fix the finding, or review the risk and set a new expiry date"));
            continue;
        case model::SuppressionLife::Live: break;
        }
        bool used = false;
        for (auto& f : findings) {
            if (model::suppression_covers(s, f.rule_id, f.target, f.threat)) {
                used = true;
                if (!f.suppressed) {
                    f.suppressed = model::suppression_state(s);
                }
            }
        }
        if (!used) {
            raised.push_back(unused(s, what, threats));
        }
    }
    return raised;
}

} // namespace axg::check
