#include "graph/graph.hpp"

#include <algorithm>

namespace axg::graph {

std::string_view node_kind_name(NodeKind kind) {
    switch (kind) {
    case NodeKind::Component: return "component";
    case NodeKind::Store: return "store";
    case NodeKind::External: return "external";
    }
    return "component";
}

std::string_view boundary_kind_name(BoundaryKind kind) {
    switch (kind) {
    case BoundaryKind::Device: return "device";
    case BoundaryKind::Team: return "team";
    case BoundaryKind::Sandbox: return "sandbox";
    }
    return "sandbox";
}

std::string_view edge_kind_name(EdgeKind kind) {
    switch (kind) {
    case EdgeKind::Channel: return "channel";
    case EdgeKind::Membership: return "membership";
    case EdgeKind::Implicit: return "implicit";
    }
    return "channel";
}

const Node* Graph::node(std::string_view id) const {
    auto it =
        std::lower_bound(nodes.begin(), nodes.end(), id, [](const Node& n, std::string_view v) { return n.id < v; });
    return it != nodes.end() && it->id == id ? &*it : nullptr;
}

const Boundary* Graph::boundary(std::string_view id) const {
    for (const auto& b : boundaries) {
        if (b.id == id) {
            return &b;
        }
    }
    return nullptr;
}

bool Graph::encloses(std::string_view outer, std::string_view inner) const {
    std::string current(inner);
    for (std::size_t depth = 0; depth <= boundaries.size(); ++depth) {
        if (current == outer) {
            return true;
        }
        const Boundary* b = boundary(current);
        if (!b) {
            return false;
        }
        current = b->parent;
    }
    return false;
}

std::string component_node(std::string_view id) {
    return "components." + std::string(id);
}
std::string store_node(std::string_view id) {
    return "stores." + std::string(id);
}
std::string external_node(std::string_view id) {
    return "external." + std::string(id);
}

std::string endpoint_node(std::string_view endpoint) {
    return endpoint.starts_with('@') ? external_node(endpoint) : component_node(endpoint);
}

std::string_view implicit_sender(model::Transport transport) {
    switch (model::transport_facts(transport).senders) {
    case model::SenderReach::TeamMembers: return "";
    case model::SenderReach::AnyApp: return "@any-app";
    case model::SenderReach::System: return "@system";
    case model::SenderReach::PushProvider: return ""; // only the provider, which the channel names
    case model::SenderReach::WebContent: return "@web";
    }
    return "";
}

} // namespace axg::graph
