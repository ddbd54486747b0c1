#pragma once
// `appexguard baseline`: run the check and write the fingerprints of today's unsuppressed
// findings, so that `check --baseline FILE` reports only new ones.

#include <ostream>
#include <string>

#include "app/check_command.hpp"

namespace axg::app {

inline constexpr std::string_view k_default_baseline_path = "appexguard.baseline.json";

struct BaselineOptions {
    CheckOptions check; // loading and policy as for `check`; its report is not printed
    std::string output = std::string(k_default_baseline_path);
};

// Returns the exit code: 0 when written, 2 on unusable input.
int run_baseline(const BaselineOptions& options, std::ostream& out, std::ostream& err);

} // namespace axg::app
