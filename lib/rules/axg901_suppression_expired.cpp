// AXG901 suppression-expired: a suppression past its expiry date. It no longer suppresses, so the
// finding it covered is back too; this finding says why. Raised by the check runner
// (check/suppressions.cpp), which alone sees the other rules' findings.

#include "rules/registry.hpp"

namespace axg::rules {

const Rule k_axg901{"AXG901", "suppression-expired", model::Severity::Medium, "governance",
                    "A suppression past its expiry date (it no longer suppresses)", nullptr};

} // namespace axg::rules
