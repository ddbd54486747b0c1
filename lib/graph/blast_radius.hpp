#pragma once
// Blast radius (docs/threats.md#blast-radius): what an attacker who controls one component can
// reach — stores it can read or write, receivers it can feed, data classes it can see — and,
// transitively, what the receivers that act on its messages unchecked can reach, with the path
// to each. A step to a receiver is cut when the channel authenticates the sender, when the
// receiver validates the message at the boundary, or when it is a bare signal whose receiver
// re-reads authenticated state.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/contract_index.hpp"
#include "graph/graph.hpp"
#include "model/contract.hpp"

namespace axg::graph {

struct Step {
    std::string from; // node ids
    std::string to;
    std::string via; // "share-to-app (app-group-file)", "member, writes", "forges app-to-widget through group"
};

enum class ReachKind { Controls, Feeds, Writes, Reads };
std::string_view reach_kind_name(ReachKind kind);

struct Reach {
    std::string target; // node id
    ReachKind kind = ReachKind::Reads;
    std::vector<Step> path; // from the compromised component; shortest, then by id
    std::string cut;        // Feeds: why the receiver is not controlled ("authenticates the sender")
};

struct Exposure {
    model::Classification classification = model::Classification::Public;
    std::string where;      // "stores.keychain" or "channels.session-token"
    std::vector<Step> path; // to the component that sees it, then to `where`
    bool own = false;       // addressed to the compromised component itself (it is the channel's endpoint)
};

struct BlastRadius {
    std::string compromised;         // component id
    std::vector<Reach> reaches;      // by kind, then target
    std::vector<Exposure> exposures; // most sensitive first, then where
    model::Classification worst() const;
    const Reach* find(std::string_view target, ReachKind kind) const;
};

// nullopt when `component` is not a declared component.
std::optional<BlastRadius> blast_radius(const ContractIndex& index, std::string_view component);

// Receivers taken over on the way to an exposure: its path without the last membership step to a store.
std::size_t control_steps(const Exposure& exposure);

std::string format_path(const std::vector<Step>& path); // "share -[share-to-app]-> app -[member]-> group"

} // namespace axg::graph
