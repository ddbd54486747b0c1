#include "report/dot.hpp"

#include <cstdio>
#include <map>
#include <set>

#include "graph/blast_radius.hpp"
#include "graph/threats.hpp"
#include "model/controls.hpp"
#include "util/escape.hpp"

namespace axg::report {

namespace {
using graph::NodeKind;

void set(void* obj, const char* name, const std::string& value) {
    agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

void set_html(Agraph_t* g, void* obj, const char* name, const std::string& html) {
    char* s = agstrdup_html(g, const_cast<char*>(html.c_str()));
    agsafeset(obj, const_cast<char*>(name), s, const_cast<char*>(""));
    agstrfree(g, s);
}

// cgraph's default ID discipline uses the address of each name as its ID, and writes subgraphs
// in ID order: cluster order would change from run to run. These IDs follow creation order.
struct SequentialIds {
    std::map<std::string, IDTYPE, std::less<>> by_name;
    std::map<IDTYPE, char*> names; // cgraph strings (agstrdup): agwrite asks whether they are HTML
    Agraph_t* graph = nullptr;
    IDTYPE next_named = 2;     // even: named objects
    IDTYPE next_anonymous = 1; // odd: anonymous ones, as in cgraph
};

void* ids_open(Agraph_t* g, Agdisc_t*) {
    auto* s = new SequentialIds;
    s->graph = g;
    return s;
}

long ids_map(void* state, int, char* str, IDTYPE* id, int createflag) {
    auto* s = static_cast<SequentialIds*>(state);
    if (!str) {
        *id = s->next_anonymous;
        s->next_anonymous += 2;
        return 1;
    }
    if (auto it = s->by_name.find(std::string_view(str)); it != s->by_name.end()) {
        *id = it->second;
        return 1;
    }
    if (!createflag) {
        return 0;
    }
    *id = s->next_named;
    s->next_named += 2;
    s->by_name.emplace(str, *id);
    s->names.emplace(*id, agstrdup(s->graph, str));
    return 1;
}

long ids_alloc(void*, int, IDTYPE) {
    return 1;
}
void ids_free(void*, int, IDTYPE) {}

char* ids_print(void* state, int, IDTYPE id) {
    auto* s = static_cast<SequentialIds*>(state);
    auto it = s->names.find(id);
    return it == s->names.end() ? nullptr : it->second;
}

void ids_close(void* state) {
    delete static_cast<SequentialIds*>(state);
}
void ids_register(void*, int, void*) {}

Agiddisc_t k_sequential_ids = {&ids_open, &ids_map, &ids_alloc, &ids_free, &ids_print, &ids_close, &ids_register};
Agdisc_t k_disc = {&AgMemDisc, &k_sequential_ids, &AgIoDisc};

std::string classification_color(model::Classification c) {
    switch (c) {
    case model::Classification::Public: return "#7f7f7f";
    case model::Classification::Internal: return "#3d85c6";
    case model::Classification::Identifier: return "#45818e";
    case model::Classification::Personal: return "#e69138";
    case model::Classification::Sensitive: return "#cc0000";
    case model::Classification::Credential: return "#741b47";
    }
    return "#7f7f7f";
}

std::string trust_fill(model::Trust t) {
    switch (t) {
    case model::Trust::High: return "#d9ead3";
    case model::Trust::Medium: return "#fff2cc";
    case model::Trust::Low: return "#f4cccc";
    case model::Trust::External: return "#eeeeee";
    }
    return "#eeeeee";
}

// Colour of the worst open threat; index by severity, "none" first.
constexpr std::size_t k_large_graph = 60; // components

const char* const k_threat_colors[] = {"#6aa84f", "#bf9000", "#e69138", "#cc0000", "#660000"};

// An element whose only open threats are accepted risks (a suppression covers their AXG501 findings):
// dashed amber, apart from the severity colours of open threats and the grey of implicit senders.
const char* const k_accepted_color = "#c9a227";

std::string threat_color(std::optional<model::Severity> worst) {
    if (!worst) {
        return k_threat_colors[0];
    }
    return k_threat_colors[std::max(1, static_cast<int>(*worst))];
}

std::string join_lines(std::initializer_list<std::string> parts) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) {
            continue;
        }
        if (!out.empty()) {
            out += "\\n";
        }
        out += p;
    }
    return out;
}

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

void add_letter(std::string& letters, char c) {
    if (letters.find(c) == std::string::npos) {
        letters += c;
    }
}

ViewData view_data(const analysis::Analysis& analysis, const DiagramView& view) {
    ViewData d;
    if (view.kind == ViewKind::Threats) {
        for (const auto& t : analysis.threats()) {
            if (t.status == graph::ThreatStatus::Mitigated) {
                continue;
            }
            if (t.accepted) {
                auto& a = d.accepted[t.target];
                add_letter(a.letters, graph::stride_letter(t.entry->category));
                a.reasons.insert(t.accepted->reason);
                continue;
            }
            // A partly mitigated threat counts one step less.
            auto sev = t.status == graph::ThreatStatus::Partial && t.severity > model::Severity::Low
                           ? static_cast<model::Severity>(static_cast<int>(t.severity) - 1)
                           : t.severity;
            auto [it, inserted] = d.worst.emplace(t.target, sev);
            if (!inserted && it->second < sev) {
                it->second = sev;
            }
            add_letter(d.letters[t.target], graph::stride_letter(t.entry->category));
        }
    } else if (view.kind == ViewKind::Blast) {
        d.blast = graph::blast_radius(analysis.index(), view.component);
        if (d.blast) {
            for (const auto& r : d.blast->reaches) {
                for (const auto& s : r.path) {
                    d.hot_edges.insert({s.from, s.to});
                }
            }
        }
    }
    return d;
}

std::string stride_spaced(const std::string& letters) {
    std::string out;
    for (char c : std::string("STRIDE")) {
        if (letters.find(c) != std::string::npos) {
            out += out.empty() ? std::string(1, c) : std::string(" ") + c;
        }
    }
    return out;
}

// "accepted: S T (reason; other reason)", escaped, for the label of an element with accepted risks.
std::string accepted_line(const Accepted& a) {
    std::string reasons;
    for (const auto& r : a.reasons) {
        reasons += (reasons.empty() ? "" : "; ") + escape_label(r);
    }
    return "accepted: " + stride_spaced(a.letters) + " (" + reasons + ")";
}

std::string legend_html(ViewKind kind) {
    std::string rows;
    auto row = [&](const std::string& swatch, const std::string& text) {
        rows += "<TR><TD BGCOLOR=\"" + swatch + "\" WIDTH=\"18\"></TD><TD ALIGN=\"LEFT\">" + text + "</TD></TR>";
    };
    auto text_row = [&](const std::string& color, const std::string& sample, const std::string& text) {
        rows += "<TR><TD><FONT COLOR=\"" + color + "\"><B>" + sample + "</B></FONT></TD><TD ALIGN=\"LEFT\">" + text +
                "</TD></TR>";
    };
    if (kind == ViewKind::Blast) {
        row("#990000", "compromised component");
        row("#e06666", "controlled: acts on its messages unchecked");
        row("#fce5cd", "fed, but authenticates or validates");
        row("#f9cb9c", "store it can read (red: write)");
        row("#ffffff", "out of reach (grey)");
        text_row("#cc0000", "&#8594;", "on a path from the compromised component");
    } else {
        row(trust_fill(model::Trust::High), "box: host app (high trust)");
        row(trust_fill(model::Trust::Medium), "rounded box: extension, medium trust");
        row(trust_fill(model::Trust::Low), "rounded box: extension, low trust");
        row("#cfe2f3", "cylinder: store (app group, keychain, pasteboard)");
        row(trust_fill(model::Trust::External), "hexagon: actor outside the team");
    }
    if (kind == ViewKind::Channels) {
        for (auto c :
             {model::Classification::Public, model::Classification::Internal, model::Classification::Identifier,
              model::Classification::Personal, model::Classification::Sensitive, model::Classification::Credential}) {
            text_row(classification_color(c), "&#8594;",
                     "channel carrying " + std::string(model::classification_name(c)) + " data");
        }
        text_row("#000000", "- - &#8594;", "sender not authenticated");
    }
    if (kind == ViewKind::Threats) {
        const char* names[] = {"no open threat", "worst open threat: low", "worst open threat: medium",
                               "worst open threat: high", "worst open threat: critical"};
        for (int i = 0; i < 5; ++i) {
            text_row(k_threat_colors[i], "&#8594;", names[i]);
        }
        text_row(k_accepted_color, "- - &#8594;", "only accepted risks open (a suppression gives the reason)");
        text_row("#000000", "S T R I D E", "open STRIDE categories on the flow");
    }
    text_row("#999999", "- - &#8594;", "any sender the transport admits");
    text_row("#666666", "&#183;&#183;&#183;", "store membership: r (reads), rw (writes)");
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\"><TR><TD COLSPAN=\"2\"><B>Legend"
           "</B></TD></TR>" +
           rows + "</TABLE>";
}
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
    for (char c : util::valid_utf8(text)) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '\n' || c == '\r') {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

AgraphPtr build_dot(const analysis::Analysis& analysis, const DiagramView& view) {
    const model::Contract& contract = analysis.contract();
    const graph::Graph& g = analysis.graph();
    ViewData data = view_data(analysis, view);
    // Past this size dot spends minutes on a cluster per sandbox and an edge per membership; the
    // diagram drops both (the store label counts its members) and limits dot's crossing search.
    const bool large = contract.components.size() > k_large_graph;
    Agraph_t* root = agopen(const_cast<char*>("appexguard"), Agdirected, &k_disc);
    AgraphPtr owner(root);
    agattr(root, AGRAPH, const_cast<char*>("rankdir"), const_cast<char*>("LR"));
    agattr(root, AGRAPH, const_cast<char*>("fontname"), const_cast<char*>("Helvetica"));
    agattr(root, AGRAPH, const_cast<char*>("nodesep"), const_cast<char*>("0.35"));
    agattr(root, AGRAPH, const_cast<char*>("ranksep"), const_cast<char*>("0.9"));
    // gvContext() sets this default on every graph created after it; declaring it always keeps DOT
    // output the same whether or not a layout ran earlier in the process.
    agattr(root, AGNODE, const_cast<char*>("label"), const_cast<char*>("\\N"));
    agattr(root, AGNODE, const_cast<char*>("fontname"), const_cast<char*>("Helvetica"));
    agattr(root, AGNODE, const_cast<char*>("fontsize"), const_cast<char*>("11"));
    agattr(root, AGNODE, const_cast<char*>("style"), const_cast<char*>("filled"));
    agattr(root, AGEDGE, const_cast<char*>("fontname"), const_cast<char*>("Helvetica"));
    agattr(root, AGEDGE, const_cast<char*>("fontsize"), const_cast<char*>("9"));
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
    for (const auto& b : g.boundaries) {
        if (large && b.kind == graph::BoundaryKind::Sandbox) {
            clusters[b.id] = clusters.at(b.parent);
            continue;
        }
        Agraph_t* parent = b.parent.empty() ? root : clusters.at(b.parent);
        Agraph_t* sub = agsubg(parent, const_cast<char*>(("cluster_" + b.id).c_str()), 1);
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
        Agnode_t* node = agnode(parent, const_cast<char*>(n.id.c_str()), 1);
        nodes[n.id] = node;
        std::string trust = n.kind == NodeKind::Component ? "trust: " + std::string(model::trust_name(n.trust)) : "";
        std::string data_class =
            n.kind == NodeKind::Store ? "holds: " + std::string(model::classification_name(n.classification)) : "";
        if (large && n.kind == NodeKind::Store) {
            const model::Store* store = contract.store(n.name);
            data_class += "\\n" + std::to_string(store ? store->members.size() : 0) + " members";
        }
        std::string label = join_lines({escape_label(n.name), escape_label(n.detail), trust, data_class});
        std::string fill = trust_fill(n.trust);
        switch (n.kind) {
        case NodeKind::Component:
            set(node, "shape", "box");
            if (n.trust == model::Trust::High) {
                set(node, "penwidth", "2");
            } else {
                set(node, "style", "rounded,filled");
            }
            break;
        case NodeKind::Store:
            set(node, "shape", "cylinder");
            fill = "#cfe2f3";
            break;
        case NodeKind::External:
            set(node, "shape", "hexagon");
            set(node, "style", "filled,dashed");
            break;
        }
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
    for (const auto& e : g.edges) {
        if (large && e.kind == graph::EdgeKind::Membership) {
            continue;
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

    Agnode_t* legend = agnode(root, const_cast<char*>("legend"), 1);
    set(legend, "shape", "none");
    set(legend, "style", "");
    set(legend, "margin", "0");
    set(legend, "fontsize", "9");
    set_html(root, legend, "label", legend_html(view.kind));
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
