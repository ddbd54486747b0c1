#include "model/suppression.hpp"

#include <algorithm>

#include "util/date.hpp"

namespace axg::model {

SuppressionLife suppression_life(const Suppression& suppression, std::chrono::year_month_day today) {
    const std::string& reason = suppression.reason;
    if (std::all_of(reason.begin(), reason.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; })) {
        return SuppressionLife::NoReason;
    }
    if (suppression.expires && *suppression.expires < today) {
        return SuppressionLife::Expired;
    }
    return SuppressionLife::Live;
}

bool target_covers(std::string_view suppression_target, std::string_view finding_target) {
    if (suppression_target == finding_target) {
        return true;
    }
    return finding_target.size() > suppression_target.size() && finding_target.starts_with(suppression_target) &&
           finding_target[suppression_target.size()] == '.';
}

bool is_threat_target(std::string_view target) {
    auto at = target.find('@');
    return at != std::string_view::npos && at > 0 && target.substr(0, at).find('.') == std::string_view::npos;
}

bool suppression_covers(const Suppression& suppression, std::string_view rule_id, std::string_view target,
                        std::string_view threat) {
    if (suppression.rule != rule_id) {
        return false;
    }
    if (is_threat_target(suppression.target)) {
        return !threat.empty() && suppression.target == threat;
    }
    return target_covers(suppression.target, target);
}

SuppressionState suppression_state(const Suppression& suppression) {
    return {suppression.reason, suppression.expires ? util::format_date(*suppression.expires) : std::string(),
            suppression.location};
}

} // namespace axg::model
