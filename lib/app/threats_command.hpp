#pragma once
// `appexguard threats`: the STRIDE threat list, or with --compromised the blast radius of one
// component (docs/threats.md).

#include <ostream>
#include <string>

#include "load/model_loader.hpp"

namespace axg::app {

struct ThreatsOptions {
    load::LoadOptions load;
    std::string format = "text"; // text | json | markdown
    std::string compromised;     // component id; "" = the threat list
    std::string output;          // "" = stdout
};

// Returns the exit code: 0, or 2 when the input (or the component named) cannot be used.
int run_threats(const ThreatsOptions& options, std::ostream& out, std::ostream& err);

} // namespace axg::app
