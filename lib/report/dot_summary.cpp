#include "report/dot_summary.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "graph/blast_radius.hpp"
#include "model/controls.hpp"
#include "model/queries.hpp"
#include "report/dot_style.hpp"

namespace axg::report {

namespace {
using graph::NodeKind;

// Reach kinds from the worst for the compromised team's data to the mildest; a group shows its worst member.
int reach_rank(graph::ReachKind kind) {
    switch (kind) {
    case graph::ReachKind::Controls: return 4;
    case graph::ReachKind::Writes: return 3;
    case graph::ReachKind::Feeds: return 2;
    case graph::ReachKind::Reads: return 1;
    }
    return 0;
}

struct Group {
    std::string label_head; // "Share extension", "app-group store"
    NodeKind kind = NodeKind::Component;
    model::Trust trust = model::Trust::High;
    std::vector<const graph::Node*> members;
    std::optional<model::Severity> worst; // threats view: worst open threat of a member
    std::string letters;                  // its open STRIDE categories
    std::size_t accepted = 0;             // members whose only open threats are accepted
    int reach = 0;                        // blast view: worst reach_rank of a member
    std::size_t reached = 0;              // members within reach
    bool compromised = false;
};

// A component keeps its own node when it is the host app (high trust), the compromised one, or outside the team;
// others fall into one group per extension point and trust, stores into one per kind and classification.
std::string group_key(const graph::Node& n, const model::Contract& contract, const DiagramView& view) {
    switch (n.kind) {
    case NodeKind::External: return "0 " + n.id;
    case NodeKind::Component:
        if (n.trust == model::Trust::High || (view.kind == ViewKind::Blast && n.name == view.component)) {
            return "0 " + n.id;
        }
        return "1 " + n.detail + "\t" + std::string(model::trust_name(n.trust));
    case NodeKind::Store: {
        const model::Store* store = contract.store(n.name);
        std::string kind = store ? std::string(model::store_kind_name(store->kind)) : n.detail;
        return "2 " + kind + "\t" + std::string(model::classification_name(n.classification));
    }
    }
    return n.id;
}

std::string names_sample(const Group& g) {
    std::string out = "e.g. ";
    for (std::size_t i = 0; i < g.members.size() && i < 3; ++i) {
        out += (i ? ", " : "") + escape_label(g.members[i]->name);
    }
    return g.members.size() > 3 ? out + ", …" : out;
}

} // namespace

bool diagram_is_summarised(const model::Contract& contract) {
    return contract.components.size() > k_summary_components;
}

AgraphPtr build_summary_dot(const analysis::Analysis& analysis, const DiagramView& view) {
    const model::Contract& contract = analysis.contract();
    const graph::Graph& g = analysis.graph();
    ViewData data = view_data(analysis, view);
    std::map<std::string, int> reach; // node id -> worst reach_rank (blast view)
    if (data.blast) {
        for (const auto& r : data.blast->reaches) {
            int& rank = reach[r.target];
            rank = std::max(rank, reach_rank(r.kind));
        }
    }

    std::map<std::string, Group> groups;                     // by key: the order nodes are created in
    std::map<std::string_view, const std::string*> group_of; // node id -> key
    for (const auto& n : g.nodes) {
        auto [it, added] = groups.try_emplace(group_key(n, contract, view));
        Group& grp = it->second;
        if (added) {
            grp.kind = n.kind;
            grp.trust = n.trust;
            grp.label_head =
                n.kind == NodeKind::Store ? it->first.substr(2, it->first.find('\t') - 2) + " store" : n.detail;
        }
        grp.members.push_back(&n);
        group_of[n.id] = &it->first;
        if (auto w = data.worst.find(n.id); w != data.worst.end()) {
            grp.worst = std::max(grp.worst.value_or(model::Severity::Low), w->second);
            for (char c : data.letters[n.id]) {
                add_letter(grp.letters, c);
            }
        } else if (data.accepted.count(n.id)) {
            ++grp.accepted;
        }
        if (auto r = reach.find(n.id); r != reach.end()) {
            grp.reach = std::max(grp.reach, r->second);
            ++grp.reached;
        }
        grp.compromised = grp.compromised || (data.blast && n.id == graph::component_node(data.blast->compromised));
    }

    AgraphPtr owner = open_diagram_graph();
    Agraph_t* root = owner.get();
    set_diagram_defaults(root);
    std::string title = contract.project.name.empty() ? std::string("appexguard") : contract.project.name;
    const char* view_names[] = {"channels", "threats", "blast radius of "};
    title += " — " + std::string(view_names[static_cast<int>(view.kind)]) + view.component +
             " (summarised: " + std::to_string(contract.components.size()) + " components in " +
             std::to_string(groups.size()) + " groups, channels bundled per pair; `--format dot` has every element)";
    set(root, "label", escape_label(title));
    set(root, "labelloc", "t");
    set(root, "fontsize", "16");

    std::map<std::string_view, Agnode_t*> nodes; // group key -> node
    std::size_t index = 0;
    for (const auto& [key, grp] : groups) {
        Agnode_t* node = agnode(root, const_cast<char*>(("group_" + std::to_string(index++)).c_str()), 1);
        nodes[key] = node;
        const graph::Node& first = *grp.members.front();
        bool single = grp.members.size() == 1 && key.starts_with("0 ");
        std::string head = single ? escape_label(first.name) + "\\n" + escape_label(first.detail)
                                  : std::to_string(grp.members.size()) + " × " + escape_label(grp.label_head);
        std::string trust =
            grp.kind == NodeKind::Component ? "trust: " + std::string(model::trust_name(grp.trust)) : "";
        std::string holds = grp.kind == NodeKind::Store
                                ? "holds: " + std::string(model::classification_name(first.classification))
                                : "";
        std::string label = join_lines({head, trust, holds, single ? "" : names_sample(grp)});
        std::string fill = style_node(node, grp.kind, grp.trust, !single);
        if (view.kind == ViewKind::Threats && grp.worst) {
            set(node, "color", threat_color(grp.worst));
            set(node, "penwidth", "2.5");
            label = join_lines({label, "open: " + stride_spaced(grp.letters)});
        } else if (view.kind == ViewKind::Threats && grp.accepted) {
            set(node, "color", k_accepted_color);
            set(node, "penwidth", "2.5");
        }
        if (data.blast) {
            const char* fills[] = {"#ffffff", "#f9cb9c", "#fce5cd", "#e06666", "#e06666"};
            fill = grp.compromised ? "#990000" : fills[grp.reach];
            set(node, "color", grp.reach ? "#cc0000" : "#bbbbbb");
            set(node, "fontcolor", grp.compromised ? "#ffffff" : grp.reach ? "#000000" : "#999999");
            if (grp.compromised) {
                label = join_lines({label, "COMPROMISED"});
            } else if (grp.reach) {
                label = join_lines({label, std::to_string(grp.reached) + " of " + std::to_string(grp.members.size()) +
                                               " within reach"});
            }
        }
        set(node, "fillcolor", fill);
        set(node, "label", label);
    }

    // One edge per group pair and kind (memberships also by access), in key order.
    std::map<std::tuple<std::string_view, std::string_view, int, bool>, EdgeBundle> bundles;
    for (const auto& e : g.edges) {
        bool writes = e.kind == graph::EdgeKind::Membership && e.writes;
        bundles[{*group_of.at(e.from), *group_of.at(e.to), static_cast<int>(e.kind), writes}].add(e, contract, data);
    }
    for (const auto& [key, bundle] : bundles) {
        bundle.draw(agedge(root, nodes.at(std::get<0>(key)), nodes.at(std::get<1>(key)), nullptr, 1), view, data);
    }
    add_legend(root, view.kind);
    return owner;
}

} // namespace axg::report
