#include "model/finding.hpp"

#include <tuple>

namespace axg::model {

bool finding_less(const Finding& a, const Finding& b) {
    return std::tie(a.location, a.rule_id, a.target, a.message) <
           std::tie(b.location, b.rule_id, b.target, b.message);
}

} // namespace axg::model
