#include "graph/builder.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "model/external_actor.hpp"
#include "model/queries.hpp"

namespace axg::graph {

namespace {
constexpr std::string_view k_device = "device";
constexpr std::string_view k_team = "team";

std::string component_detail(const model::Component& component) {
    if (component.kind == model::ComponentKind::App) {
        return "host app";
    }
    if (const auto* info = model::find_extension_point(component.extension_point)) {
        return std::string(info->display_name) + " extension";
    }
    return component.extension_point.empty() ? std::string("extension") : component.extension_point;
}

void add_external(Graph& g, std::set<std::string>& seen, std::string_view actor) {
    if (!seen.insert(std::string(actor)).second) {
        return;
    }
    Node n;
    n.id = external_node(actor);
    n.name = std::string(actor);
    n.kind = NodeKind::External;
    n.trust = model::Trust::External;
    const model::ExternalActor* known = model::find_external_actor(actor);
    n.detail = known ? std::string(known->detail) : std::string("any app on the device");
    switch (known ? known->place : model::ActorPlace::Device) {
    case model::ActorPlace::OffDevice: n.boundary = ""; break; // the web, the push provider
    case model::ActorPlace::Device: n.boundary = std::string(k_device); break;
    case model::ActorPlace::Team: n.boundary = std::string(k_team); break; // entitled to the team's stores
    }
    n.external_input = true;
    g.nodes.push_back(std::move(n));
}
} // namespace

Graph build_graph(const ContractIndex& index) {
    const model::Contract& contract = index.contract();
    Graph g;
    std::string team_label = "Team";
    if (!contract.project.team_id.empty()) {
        team_label += " " + contract.project.team_id;
    }
    g.boundaries.push_back({std::string(k_device), BoundaryKind::Device, "Device", ""});
    g.boundaries.push_back({std::string(k_team), BoundaryKind::Team, team_label, std::string(k_device)});

    for (const auto& [id, component] : contract.components) {
        std::string sandbox = "sandbox." + id;
        g.boundaries.push_back({sandbox, BoundaryKind::Sandbox, id + " sandbox", std::string(k_team)});
        Node n;
        n.id = component_node(id);
        n.name = id;
        n.kind = NodeKind::Component;
        n.trust = model::component_trust(component);
        n.detail = component_detail(component);
        n.boundary = sandbox;
        const auto* info = model::find_extension_point(component.extension_point);
        n.external_input = component.kind == model::ComponentKind::Extension && (!info || info->external_input);
        g.nodes.push_back(std::move(n));
    }
    for (const auto& [id, store] : contract.stores) {
        Node n;
        n.id = store_node(id);
        n.name = id;
        n.kind = NodeKind::Store;
        n.trust = model::Trust::High;
        n.detail = std::string(model::store_kind_name(store.kind));
        if (!store.identifier.empty()) {
            n.detail += " " + store.identifier.str();
        }
        n.boundary = std::string(k_team); // shared by the team's members, outside any one sandbox
        n.classification = index.classification(store);
        g.nodes.push_back(std::move(n));
        for (const auto& member : store.members) {
            if (!contract.component(member)) {
                continue; // AXG214's business; the graph only draws what exists
            }
            Edge e;
            e.from = component_node(member);
            e.to = store_node(id);
            e.kind = EdgeKind::Membership;
            e.classification = index.classification(store);
            e.writes = model::is_writer(store, member);
            g.edges.push_back(std::move(e));
        }
    }

    std::set<std::string> externals;
    for (const auto& [id, channel] : contract.channels) {
        bool from_known = model::is_external(channel.from) || contract.component(channel.from);
        if (model::is_external(channel.from)) {
            add_external(g, externals, channel.from);
        }
        std::string_view implicit = implicit_sender(channel.transport);
        for (const auto& receiver : channel.to) {
            if (model::is_external(receiver)) {
                add_external(g, externals, receiver);
            } else if (!contract.component(receiver)) {
                continue;
            }
            if (from_known) {
                Edge e;
                e.from = endpoint_node(channel.from);
                e.to = endpoint_node(receiver);
                e.kind = EdgeKind::Channel;
                e.channel = id;
                e.transport = channel.transport;
                e.classification = index.classification(channel);
                g.edges.push_back(std::move(e));
            }
            // Another actor the transport lets send to the same receiver (unless it is the declared sender).
            if (!implicit.empty() && channel.from != implicit && !model::is_external(receiver)) {
                add_external(g, externals, implicit);
                Edge e;
                e.from = external_node(implicit);
                e.to = endpoint_node(receiver);
                e.kind = EdgeKind::Implicit;
                e.channel = id;
                e.transport = channel.transport;
                e.classification = index.classification(channel);
                g.edges.push_back(std::move(e));
            }
        }
    }

    std::sort(g.nodes.begin(), g.nodes.end(), [](const Node& a, const Node& b) { return a.id < b.id; });
    std::sort(g.boundaries.begin() + 2, g.boundaries.end(),
              [](const Boundary& a, const Boundary& b) { return a.id < b.id; });
    std::sort(g.edges.begin(), g.edges.end(), [](const Edge& a, const Edge& b) {
        return std::tie(a.from, a.to, a.kind, a.channel) < std::tie(b.from, b.to, b.kind, b.channel);
    });
    return g;
}

} // namespace axg::graph
