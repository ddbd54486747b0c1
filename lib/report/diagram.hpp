#pragma once
// Threat diagrams rendered in process with Graphviz (cgraph builds the graph, gvc lays it out and
// renders it). Views: "channels", "threats", "blast:<component>" (docs/graph.md).

#include <string>

#include "analysis/analysis.hpp"

namespace axg::report {

enum class DiagramFormat { Dot, Svg, Png };

struct DiagramRequest {
    std::string view = "channels";
    DiagramFormat format = DiagramFormat::Dot;
};

// Returns the bytes, or "" with `error` set (an unknown view or component, a Graphviz failure).
std::string render_diagram(const analysis::Analysis& analysis, const DiagramRequest& request, std::string& error);

} // namespace axg::report
