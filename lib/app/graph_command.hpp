#pragma once
// `appexguard graph`: the channel/threat diagram as DOT, SVG or PNG (docs/graph.md).

#include <ostream>
#include <string>

#include "load/model_loader.hpp"
#include "report/diagram.hpp"

namespace axg::app {

struct GraphOptions {
    load::LoadOptions load;
    report::DiagramRequest diagram;
    std::string output; // "" = stdout
};

// Returns the exit code: 0, or 2 when the input, the view or the rendering fails.
int run_graph(const GraphOptions& options, std::ostream& out, std::ostream& err);

} // namespace axg::app
