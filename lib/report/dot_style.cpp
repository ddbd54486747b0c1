#include "report/dot_style.hpp"

#include <map>

#include "graph/blast_radius.hpp"
#include "graph/threats.hpp"
#include "model/controls.hpp"
#include "model/queries.hpp"

namespace axg::report {

namespace {
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
} // namespace

AgraphPtr open_diagram_graph() {
    return AgraphPtr(agopen(const_cast<char*>("appexguard"), Agdirected, &k_disc));
}

void set(void* obj, const char* name, const std::string& value) {
    agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

void set_html(Agraph_t* g, void* obj, const char* name, const std::string& html) {
    char* s = agstrdup_html(g, const_cast<char*>(html.c_str()));
    agsafeset(obj, const_cast<char*>(name), s, const_cast<char*>(""));
    agstrfree(g, s);
}

std::string style_node(Agnode_t* node, graph::NodeKind kind, model::Trust trust, bool group) {
    switch (kind) {
    case graph::NodeKind::Component:
        set(node, "shape", group ? "box3d" : "box");
        if (trust == model::Trust::High) {
            set(node, "penwidth", "2");
        } else {
            set(node, "style", "rounded,filled");
        }
        return trust_fill(trust);
    case graph::NodeKind::Store: set(node, "shape", "cylinder"); return "#cfe2f3";
    case graph::NodeKind::External:
        set(node, "shape", "hexagon");
        set(node, "style", "filled,dashed");
        return trust_fill(trust);
    }
    return trust_fill(trust);
}

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

void EdgeBundle::add(const graph::Edge& e, const model::Contract& contract, const ViewData& data) {
    kind = e.kind;
    writes = e.kind == graph::EdgeKind::Membership && e.writes;
    ++count;
    hot = hot || data.hot_edges.count({e.from, e.to}) > 0;
    if (e.kind != graph::EdgeKind::Channel) {
        return;
    }
    worst_data = std::max(worst_data, e.classification);
    auto ch = contract.channels.find(e.channel);
    unauthenticated = unauthenticated || (ch != contract.channels.end() && !model::is_authenticated(ch->second.auth) &&
                                          ch->second.payload);
    std::string target = model::channel_target(e.channel);
    if (auto w = data.worst.find(target); w != data.worst.end()) {
        worst = std::max(worst.value_or(model::Severity::Low), w->second);
        for (char c : data.letters.at(target)) {
            add_letter(letters, c);
        }
    }
}

void EdgeBundle::draw(Agedge_t* edge, const DiagramView& view, const ViewData& data) const {
    std::string color = "#666666";
    std::string n = std::to_string(count);
    switch (kind) {
    case graph::EdgeKind::Membership:
        set(edge, "style", "dotted");
        set(edge, "dir", writes ? "both" : "back");
        set(edge, "label", n + (writes ? " rw" : " r"));
        break;
    case graph::EdgeKind::Implicit:
        color = "#999999";
        set(edge, "style", "dashed");
        set(edge, "fontcolor", "#888888");
        set(edge, "label", join_lines({"any sender", "(" + n + (count == 1 ? " channel)" : " channels)")}));
        break;
    case graph::EdgeKind::Channel: {
        color = classification_color(worst_data);
        std::string label = join_lines({n + (count == 1 ? " channel" : " channels"),
                                        "up to " + std::string(model::classification_name(worst_data))});
        if (unauthenticated) {
            set(edge, "style", "dashed");
        }
        if (view.kind == ViewKind::Threats) {
            color = threat_color(worst);
            if (worst) {
                label = join_lines({label, "open: " + stride_spaced(letters)});
                set(edge, "penwidth", "2.5");
            }
        }
        set(edge, "label", label);
        break;
    }
    }
    if (view.kind == ViewKind::Blast && data.blast) {
        color = hot ? "#cc0000" : "#dddddd";
        set(edge, "penwidth", hot ? "2.5" : "1");
    }
    set(edge, "color", color);
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

namespace {
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

void set_diagram_defaults(Agraph_t* root) {
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
}

void add_legend(Agraph_t* root, ViewKind kind) {
    Agnode_t* legend = agnode(root, const_cast<char*>("legend"), 1);
    set(legend, "shape", "none");
    set(legend, "style", "");
    set(legend, "margin", "0");
    set(legend, "fontsize", "9");
    set_html(root, legend, "label", legend_html(kind));
}

} // namespace axg::report
