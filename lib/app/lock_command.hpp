#pragma once
// `appexguard lock`: write appexguard.lock, the approved entitlements per component and
// configuration, beside the contract (or to --output), atomically.

#include <ostream>
#include <string>

#include "load/model_loader.hpp"

namespace axg::app {

struct LockOptions {
    load::LoadOptions load; // every configuration is locked: `configuration` must stay ""
    std::string output;     // "" = appexguard.lock beside the contract; "-" = stdout
};

// Returns the exit code (app/exit_codes.hpp).
int run_lock(const LockOptions& options, std::ostream& out, std::ostream& err);

} // namespace axg::app
