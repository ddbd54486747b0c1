#pragma once
// The channel/threat graph (docs/graph.md): components, stores and external actors as nodes,
// channels and store memberships as edges, nested trust boundaries. Built once from the contract
// (builder.hpp); the threat derivation, blast radius, rules and diagrams read it.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/classification.hpp"
#include "model/extension_points.hpp"
#include "model/transport.hpp"

namespace axg::graph {

enum class NodeKind { Component, Store, External };
std::string_view node_kind_name(NodeKind kind);

enum class BoundaryKind { Device, Team, Sandbox };
std::string_view boundary_kind_name(BoundaryKind kind);

struct Boundary {
    std::string id; // "device", "team", "sandbox.share"
    BoundaryKind kind = BoundaryKind::Sandbox;
    std::string label;  // "Device", "Team ABCDE12345", "share sandbox"
    std::string parent; // "" for the outermost
};

struct Node {
    std::string id;   // "components.share", "stores.group", "external.@web" (a finding target)
    std::string name; // the contract id: "share", "group", "@web"
    NodeKind kind = NodeKind::Component;
    model::Trust trust = model::Trust::High;
    std::string detail;   // "Share extension", "app-group group.com.example", "any web page"
    std::string boundary; // the innermost boundary holding it; "" = outside the device
    model::Classification classification = model::Classification::Public; // stores: what they hold
    bool external_input = false; // components that process input from outside the team
};

enum class EdgeKind {
    Channel,    // a declared channel: sender -> one receiver
    Membership, // component -> store it may read (and write unless read-only)
    Implicit,   // an outside actor that the transport lets send too (any app can open a URL scheme)
};
std::string_view edge_kind_name(EdgeKind kind);

struct Edge {
    std::string from; // node ids
    std::string to;
    EdgeKind kind = EdgeKind::Channel;
    std::string channel; // channel id for Channel and Implicit edges
    model::Transport transport = model::Transport::AppGroupFile;
    model::Classification classification = model::Classification::Public;
    bool writes = false; // Membership: the member may write
};

struct Graph {
    std::vector<Boundary> boundaries; // outermost first, then by id
    std::vector<Node> nodes;          // sorted by id
    std::vector<Edge> edges;          // sorted by (from, to, kind, channel)

    const Node* node(std::string_view id) const;
    const Boundary* boundary(std::string_view id) const;
    // Does `outer` contain `inner` (or equal it)?
    bool encloses(std::string_view outer, std::string_view inner) const;
};

std::string component_node(std::string_view id); // "components.<id>"
std::string store_node(std::string_view id);     // "stores.<id>"
std::string external_node(std::string_view id);  // "external.<@id>"
// The node an endpoint written in the contract ("share", "@web") stands for.
std::string endpoint_node(std::string_view endpoint);

// The outside actor that a transport lets send to anyone: "@any-app", "@system", "@web", or "".
std::string_view implicit_sender(model::Transport transport);

} // namespace axg::graph
