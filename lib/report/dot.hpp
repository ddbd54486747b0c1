#pragma once
// The threat diagram as a Graphviz cgraph graph (docs/graph.md): clusters per trust boundary,
// shapes per node kind, a legend, and one of three views. Built through cgraph, never by printing
// DOT text, in a fixed order (sorted ids), so that the output is the same bytes on every run.

#include <graphviz/cgraph.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "analysis/analysis.hpp"
#include "graph/graph.hpp"
#include "model/contract.hpp"

namespace axg::report {

enum class ViewKind { Channels, Threats, Blast };

struct DiagramView {
    ViewKind kind = ViewKind::Channels;
    std::string component; // Blast: the compromised component
    // For a layout (SVG, PNG, the HTML report): large projects are then simplified or summarised
    // (report/dot_summary.hpp). DOT text is never: it holds every element.
    bool laid_out = false;
};

// "channels", "threats" or "blast:<component>"; nullopt with `error` set otherwise.
std::optional<DiagramView> parse_view(std::string_view text, const model::Contract& contract, std::string& error);

// Escapes text for a plain (non-HTML) Graphviz label: backslashes would start escapes such as \n
// or \N, and Graphviz decodes &entities; in labels. Quotes are cgraph's business when it writes.
std::string escape_label(std::string_view text);

// A node or cluster name from an id in the contract: cgraph writes names quoted but otherwise as they are, and DOT
// text often goes to a terminal, so control characters and Unicode hazards become visible (util::printable) and a
// backslash is doubled (a trailing one would escape the closing quote). Plain ids are unchanged.
std::string escape_name(std::string_view text);

// An owning handle: agclose on destruction.
struct AgraphDeleter {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphDeleter>;

AgraphPtr build_dot(const analysis::Analysis& analysis, const DiagramView& view);

// The graph as DOT text (agwrite), without layout.
std::string write_dot(Agraph_t* g);

} // namespace axg::report
