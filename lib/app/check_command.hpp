#pragma once
// `appexguard check`: load, run the rules, report, gate.

#include <optional>
#include <ostream>
#include <string>

#include "load/base_loader.hpp"
#include "app/report_outputs.hpp"
#include "load/model_loader.hpp"
#include "model/severity.hpp"

namespace axg::app {

inline constexpr model::Severity k_default_fail_on = model::Severity::Medium;

struct CheckOptions {
    load::LoadOptions load;
    std::string format = "text";                                // text | json | sarif | github
    std::optional<model::Severity> fail_on = k_default_fail_on; // nullopt = never
    bool quiet = false;
    bool color = false;
    std::string output;        // "" = stdout
    ReportOutputs reports;     // --sarif, --junit, --markdown, --html, --templates, --baseline
    load::BaseSpec base;       // --base REF / --base-dir DIR: also run the drift rules against it
    bool require_lock = false; // --require-lock: a missing appexguard.lock is an input error
    std::string policy;        // built-in name or file (relative to the working directory); "" = the contract's
};

// Returns the exit code (app/exit_codes.hpp).
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

} // namespace axg::app
