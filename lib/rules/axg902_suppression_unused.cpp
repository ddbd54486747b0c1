// AXG902 suppression-unused: a suppression that matches no finding (stale: the problem was fixed
// or the target renamed). Raised by the check runner (check/suppressions.cpp).

#include "rules/registry.hpp"

namespace axg::rules {

const Rule k_axg902{"AXG902", "suppression-unused", model::Severity::Low, "governance",
                    "A suppression that matches no finding", nullptr};

} // namespace axg::rules
