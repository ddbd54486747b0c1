#include "report/dot.hpp"

#include "report/dot_style.hpp"
#include "report/dot_summary.hpp"

#include <cstdio>
#include <map>
#include <set>
#include <span>

#include "graph/blast_radius.hpp"
#include "graph/threats.hpp"
#include "model/controls.hpp"
#include "model/queries.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace axg::report {

namespace {
using graph::NodeKind;

constexpr std::size_t k_large_graph = 60; // components

} // namespace

std::optional<DiagramView> parse_view(std::string_view text, const model::Contract& contract, std::string& error) {
    if (text == "channels") {
        return DiagramView{ViewKind::Channels, ""};
    }
    if (text == "threats") {
        return DiagramView{ViewKind::Threats, ""};
    }
    if (text.starts_with("blast:")) {
        std::string component(text.substr(6));
        if (!contract.component(component)) {
            std::string known;
            for (const auto& [id, c] : contract.components) {
                known += known.empty() ? id : ", " + id;
            }
            error = "unknown component \"" + component + "\" in the view \"" + std::string(text) +
                    "\"; the contract declares: " + known;
            return std::nullopt;
        }
        return DiagramView{ViewKind::Blast, component};
    }
    error = "unknown view \"" + std::string(text) + "\": use channels, threats or blast:<component>";
    return std::nullopt;
}

std::string escape_label(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    // Invalid UTF-8, C1 controls and bidi overrides made visible first (DOT is often written to a terminal).
    for (char c : util::without_unicode_hazards(text)) {
        auto u = static_cast<unsigned char>(c);
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '\n' || c == '\r') {
            out += ' ';
        } else if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\\\x%02x", u); // a visible \x1b, its backslash escaped for Graphviz
            out += buf;
        } else {
            out += c;
        }
    }
    return out;
}

std::string escape_name(std::string_view text) {
    std::string out;
    for (char c : util::printable(text)) {
        out += c;
        if (c == '\\') {
            out += c;
        }
    }
    return out;
}

AgraphPtr build_dot(const analysis::Analysis& analysis, const DiagramView& view) {
    const model::Contract& contract = analysis.contract();
    if (view.laid_out && diagram_is_summarised(contract)) {
        return build_summary_dot(analysis, view);
    }
    const graph::Graph& g = analysis.graph();
    ViewData data = view_data(analysis, view);
    // Past this size dot spends minutes on a cluster per sandbox, an edge per membership and an edge per channel;
    // a laid-out diagram drops the first two (the store label counts its members), bundles a pair's channels into
    // one edge and limits dot's crossing search. DOT text keeps every element.
    const bool large = view.laid_out && contract.components.size() > k_large_graph;
    AgraphPtr owner = open_diagram_graph();
    Agraph_t* root = owner.get();
    set_diagram_defaults(root);
    std::string title = contract.project.name.empty() ? std::string("appexguard") : contract.project.name;
    const char* view_names[] = {"channels", "threats", "blast radius of "};
    title += " — " + std::string(view_names[static_cast<int>(view.kind)]) + view.component;
    if (large) {
        title +=
            " (" + std::to_string(contract.components.size()) + " components: sandboxes and memberships not drawn)";
        for (const char* attr : {"nslimit", "nslimit1"}) {
            set(root, attr, "2");
        }
        set(root, "mclimit", "0.2");
        set(root, "searchsize", "10");
    }
    set(root, "label", escape_label(title));
    set(root, "labelloc", "t");
    set(root, "fontsize", "16");

    // Boundaries: outermost first, so a parent exists before its children.
    std::map<std::string, Agraph_t*> clusters;
    // cgraph's agwrite looks a node up in every subgraph (write.c, node_in_subg): a cluster per sandbox makes DOT
    // text quadratic in the components (10,000 components: 90 s). Past the summary size DOT text keeps every node
    // and edge but not the per-component sandbox clusters.
    const bool sandboxes = !large && contract.components.size() <= k_summary_components;
    for (const auto& b : g.boundaries) {
        if (!sandboxes && b.kind == graph::BoundaryKind::Sandbox) {
            clusters[b.id] = clusters.at(b.parent);
            continue;
        }
        Agraph_t* parent = b.parent.empty() ? root : clusters.at(b.parent);
        Agraph_t* sub = agsubg(parent, const_cast<char*>(("cluster_" + escape_name(b.id)).c_str()), 1);
        clusters[b.id] = sub;
        set(sub, "label", escape_label(b.label));
        set(sub, "fontsize", b.kind == graph::BoundaryKind::Sandbox ? "9" : "12");
        switch (b.kind) {
        case graph::BoundaryKind::Device:
            set(sub, "style", "rounded,dashed");
            set(sub, "color", "#666666");
            break;
        case graph::BoundaryKind::Team:
            set(sub, "style", "rounded,filled");
            set(sub, "color", "#1c4587");
            set(sub, "fillcolor", "#f3f6fc");
            break;
        case graph::BoundaryKind::Sandbox:
            set(sub, "style", "rounded,dotted");
            set(sub, "color", "#888888");
            set(sub, "fontcolor", "#666666");
            break;
        }
    }

    const bool blast = view.kind == ViewKind::Blast && data.blast;
    std::map<std::string, Agnode_t*> nodes;
    for (const auto& n : g.nodes) {
        Agraph_t* parent = n.boundary.empty() ? root : clusters.at(n.boundary);
        Agnode_t* node = agnode(parent, const_cast<char*>(escape_name(n.id).c_str()), 1);
        nodes[n.id] = node;
        std::string trust = n.kind == NodeKind::Component ? "trust: " + std::string(model::trust_name(n.trust)) : "";
        std::string data_class =
            n.kind == NodeKind::Store ? "holds: " + std::string(model::classification_name(n.classification)) : "";
        if (large && n.kind == NodeKind::Store) {
            const model::Store* store = contract.store(n.name);
            data_class += "\\n" + std::to_string(store ? store->members.size() : 0) + " members";
        }
        std::string label = join_lines({escape_label(n.name), escape_label(n.detail), trust, data_class});
        std::string fill = style_node(node, n.kind, n.trust, false);
        if (view.kind == ViewKind::Threats && data.worst.count(n.id)) {
            set(node, "color", threat_color(data.worst.at(n.id)));
            set(node, "penwidth", "2.5");
            label = join_lines({label, "open: " + stride_spaced(data.letters[n.id])});
        }
        if (auto it = data.accepted.find(n.id); view.kind == ViewKind::Threats && it != data.accepted.end()) {
            if (!data.worst.count(n.id)) {
                set(node, "color", k_accepted_color);
                set(node, "penwidth", "2.5");
                set(node, "style", "filled,dashed");
            }
            label = join_lines({label, accepted_line(it->second)});
        }
        if (blast) {
            const auto& br = *data.blast;
            std::string note;
            fill = "#ffffff";
            set(node, "color", "#bbbbbb");
            set(node, "fontcolor", "#999999");
            if (n.id == graph::component_node(br.compromised)) {
                fill = "#990000";
                note = "COMPROMISED";
                set(node, "fontcolor", "#ffffff");
                set(node, "color", "#000000");
            } else if (br.find(n.id, graph::ReachKind::Controls)) {
                fill = "#e06666";
                note = "controlled";
            } else if (const auto* r = br.find(n.id, graph::ReachKind::Feeds)) {
                fill = "#fce5cd";
                note = "fed; " + r->cut;
            } else if (br.find(n.id, graph::ReachKind::Writes)) {
                fill = "#e06666";
                note = "read + write";
            } else if (br.find(n.id, graph::ReachKind::Reads)) {
                fill = "#f9cb9c";
                note = "read";
            }
            if (!note.empty() && note != "COMPROMISED") {
                set(node, "fontcolor", "#000000");
                set(node, "color", "#cc0000");
            }
            label = join_lines({label, escape_label(note)});
        }
        set(node, "fillcolor", fill);
        set(node, "label", label);
    }

    std::map<std::string, const model::Channel*> channels;
    for (const auto& [id, c] : contract.channels) {
        channels[id] = &c;
    }
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        const graph::Edge& e = g.edges[i];
        if (large && e.kind == graph::EdgeKind::Membership) {
            continue;
        }
        if (large) {
            // The edges are sorted by (from, to, kind): a pair's channels are consecutive, drawn as one edge.
            std::size_t end = i + 1;
            while (end < g.edges.size() && g.edges[end].from == e.from && g.edges[end].to == e.to &&
                   g.edges[end].kind == e.kind) {
                ++end;
            }
            if (end - i > 1) {
                EdgeBundle bundle;
                for (const graph::Edge& member : std::span(g.edges).subspan(i, end - i)) {
                    bundle.add(member, contract, data);
                }
                bundle.draw(agedge(root, nodes.at(e.from), nodes.at(e.to), nullptr, 1), view, data);
                i = end - 1;
                continue;
            }
        }
        Agedge_t* edge = agedge(root, nodes.at(e.from), nodes.at(e.to), nullptr, 1);
        std::string transport(model::transport_facts(e.transport).name);
        std::string color = "#666666";
        switch (e.kind) {
        case graph::EdgeKind::Membership:
            set(edge, "style", "dotted");
            set(edge, "arrowsize", "0.6");
            set(edge, "dir", e.writes ? "both" : "back");
            set(edge, "label", e.writes ? "rw" : "r");
            break;
        case graph::EdgeKind::Implicit:
            color = "#999999";
            set(edge, "style", "dashed");
            set(edge, "fontcolor", "#888888");
            set(edge, "label", join_lines({"any sender", "(" + transport + ")"}));
            break;
        case graph::EdgeKind::Channel: {
            const model::Channel* ch = channels.at(e.channel);
            color = classification_color(e.classification);
            std::string via = ch->store.empty() ? "" : " via " + escape_label(ch->store);
            std::string line2 = transport + via;
            std::string line3 = std::string(model::classification_name(e.classification)) + " · auth " +
                                std::string(model::auth_name(ch->auth));
            std::string label = join_lines({escape_label(e.channel), line2, line3});
            if (!model::is_authenticated(ch->auth) && !(!ch->payload && ch->rereads_state)) {
                set(edge, "style", "dashed");
            }
            if (model::is_sensitive(e.classification)) {
                set(edge, "penwidth", "2");
            }
            if (view.kind == ViewKind::Threats) {
                std::string target = "channels." + e.channel;
                auto it = data.worst.find(target);
                color = threat_color(it == data.worst.end() ? std::nullopt : std::optional(it->second));
                if (it != data.worst.end()) {
                    label = join_lines({label, "open: " + stride_spaced(data.letters[target])});
                    set(edge, "penwidth", "2.5");
                }
                if (auto a = data.accepted.find(target); a != data.accepted.end()) {
                    if (it == data.worst.end()) {
                        color = k_accepted_color;
                        set(edge, "style", "dashed");
                        set(edge, "penwidth", "2.5");
                    }
                    label = join_lines({label, accepted_line(a->second)});
                }
            }
            set(edge, "label", label);
            break;
        }
        }
        if (blast) {
            bool hot = data.hot_edges.count({e.from, e.to}) > 0;
            color = hot ? "#cc0000" : "#dddddd";
            set(edge, "penwidth", hot ? "2.5" : "1");
            set(edge, "fontcolor", hot ? "#000000" : "#bbbbbb");
        }
        set(edge, "color", color);
    }

    add_legend(root, view.kind);
    return owner;
}

std::string write_dot(Agraph_t* g) {
    char* buffer = nullptr;
    std::size_t size = 0;
    FILE* stream = open_memstream(&buffer, &size);
    if (!stream) {
        return "";
    }
    agwrite(g, stream);
    std::fclose(stream);
    std::string out(buffer, size);
    std::free(buffer);
    return out;
}

} // namespace axg::report
