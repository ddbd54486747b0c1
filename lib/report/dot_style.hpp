#pragma once
// What every diagram builder shares (report/dot.hpp draws the whole graph, report/dot_summary.hpp the summarised
// view): the cgraph graph with sequential ids, attribute setters, the colour scheme, the per-view data (worst open
// threat per element, the blast radius) and the legend.

#include <graphviz/cgraph.h>

#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "analysis/analysis.hpp"
#include "graph/blast_radius.hpp"
#include "model/contract.hpp"
#include "report/dot.hpp"

namespace axg::report {

// An empty directed graph whose objects get ids in creation order, so that agwrite's order is stable.
AgraphPtr open_diagram_graph();
// Graph, node and edge defaults (left to right, Helvetica, filled nodes).
void set_diagram_defaults(Agraph_t* root);
void add_legend(Agraph_t* root, ViewKind kind);

void set(void* obj, const char* name, const std::string& value);
void set_html(Agraph_t* g, void* obj, const char* name, const std::string& html);

// Shape and style per node kind (box, cylinder, hexagon; a 3-D box for a group of components); returns the fill.
std::string style_node(Agnode_t* node, graph::NodeKind kind, model::Trust trust, bool group);

std::string classification_color(model::Classification c);
std::string trust_fill(model::Trust t);
inline constexpr const char* k_threat_colors[] = {"#6aa84f", "#bf9000", "#e69138", "#cc0000", "#660000"};

// An element whose only open threats are accepted risks (a suppression covers their AXG501 findings):
// dashed amber, apart from the severity colours of open threats and the grey of implicit senders.
inline constexpr const char* k_accepted_color = "#c9a227";
std::string threat_color(std::optional<model::Severity> worst);
// The non-empty parts joined by Graphviz line breaks.
std::string join_lines(std::initializer_list<std::string> parts);

// Categories (in STRIDE order, whichever threat came first) and the reasons of accepted threats.
struct Accepted {
    std::string letters;
    std::set<std::string> reasons;
};

struct ViewData {
    // Threats view: worst open threat per target, open categories per target; accepted threats apart.
    std::map<std::string, model::Severity> worst;
    std::map<std::string, std::string> letters;
    std::map<std::string, Accepted> accepted;
    // Blast view.
    std::optional<graph::BlastRadius> blast;
    std::set<std::pair<std::string, std::string>> hot_edges; // (from, to) node ids on a reach path
};

ViewData view_data(const analysis::Analysis& analysis, const DiagramView& view);
// Adds a STRIDE letter to `letters` unless it is there already.
void add_letter(std::string& letters, char c);

// Several edges of one kind between one pair of nodes (or groups), drawn as one edge with their count: channels
// coloured by the most sensitive data among them, dashed when one is unauthenticated, in the threats view by the
// worst open threat among them; memberships by access; in the blast view red when one is on a reach path.
struct EdgeBundle {
    graph::EdgeKind kind = graph::EdgeKind::Channel;
    bool writes = false; // memberships
    std::size_t count = 0;
    model::Classification worst_data = model::Classification::Public;
    bool unauthenticated = false;
    std::optional<model::Severity> worst; // threats view
    std::string letters;                  // its open STRIDE categories
    bool hot = false;                     // blast view

    void add(const graph::Edge& e, const model::Contract& contract, const ViewData& data);
    void draw(Agedge_t* edge, const DiagramView& view, const ViewData& data) const;
};
// "S T D": the letters in STRIDE order.
std::string stride_spaced(const std::string& letters);
// "accepted: S T (reason; other reason)", escaped, for the label of an element with accepted risks.
std::string accepted_line(const Accepted& a);

} // namespace axg::report
