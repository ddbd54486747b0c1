// AXG903 suppression-without-reason: a suppression whose reason is empty. It does not suppress:
// an accepted risk must say why it is accepted. Raised by the check runner (check/suppressions.cpp).

#include "rules/registry.hpp"

namespace axg::rules {

const Rule k_axg903{"AXG903", "suppression-without-reason", model::Severity::Medium, "governance",
                    "A suppression with an empty reason (it does not suppress)", nullptr};

} // namespace axg::rules
