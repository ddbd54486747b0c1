#include "check/suppressions.hpp"

#include <algorithm>

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

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}
} // namespace

bool target_covers(std::string_view suppression_target, std::string_view finding_target) {
    if (suppression_target == finding_target) {
        return true;
    }
    return finding_target.size() > suppression_target.size() && finding_target.starts_with(suppression_target) &&
           finding_target[suppression_target.size()] == '.';
}

std::vector<model::Finding> apply_suppressions(const std::vector<model::Suppression>& suppressions,
                                               std::vector<model::Finding>& findings,
                                               std::chrono::year_month_day today) {
    std::vector<model::Finding> raised;
    for (const auto& s : suppressions) {
        const std::string what = s.rule + " on " + util::printable(s.target);
        if (blank(s.reason)) {
            raised.push_back(raise(rules::k_axg903, s, "the suppression of " + what + " gives no reason, so it does not apply",
                                   "write why the risk is accepted in its reason"));
            continue;
        }
        if (s.expires && *s.expires < today) {
            raised.push_back(raise(rules::k_axg901, s,
                                   "the suppression of " + what + " expired on " + util::format_date(*s.expires) +
                                       " and no longer applies",
                                   "fix the finding, or review the risk and set a new expiry date"));
            continue;
        }
        bool used = false;
        for (auto& f : findings) {
            if (f.rule_id == s.rule && target_covers(s.target, f.target)) {
                used = true;
                if (!f.suppressed) {
                    f.suppressed = model::SuppressionState{
                        s.reason, s.expires ? util::format_date(*s.expires) : std::string(), s.location};
                }
            }
        }
        if (!used) {
            raised.push_back(raise(rules::k_axg902, s, "the suppression of " + what + " matches no finding",
                                   "remove it: the finding is fixed or the target was renamed"));
        }
    }
    return raised;
}

} // namespace axg::check
