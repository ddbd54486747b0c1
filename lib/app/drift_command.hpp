#pragma once
// `appexguard drift`: the project against a base (git ref or directory): schema, control and
// entitlement drift (the 4xx rules), reported and gated like `check`.

#include <optional>
#include <ostream>
#include <string>

#include "load/base_loader.hpp"
#include "model/severity.hpp"

namespace axg::app {

struct DriftOptions {
    load::LoadOptions load;
    load::BaseSpec base;
    std::string format = "text";                                      // text | json | github
    std::optional<model::Severity> fail_on = model::Severity::Medium; // nullopt = never
    bool quiet = false;
    bool color = false;
    std::string output; // "" = stdout
};

// Returns the exit code (app/exit_codes.hpp).
int run_drift(const DriftOptions& options, std::ostream& out, std::ostream& err);

} // namespace axg::app
