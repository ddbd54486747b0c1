#pragma once
// STRIDE threats derived from the graph and the catalog (stride.hpp): one per applicable catalog
// entry and element, with the mitigations the contract declares and the ones it lacks.

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"
#include "graph/stride.hpp"
#include "model/contract.hpp"
#include "util/source_location.hpp"

namespace axg::graph {

enum class ThreatStatus { Mitigated, Partial, Unmitigated };
std::string_view threat_status_name(ThreatStatus status);

struct Threat {
    std::string id; // "<catalog id>@<target>": "spoofed-sender@channels.share-to-app", stable
    const ThreatEntry* entry = nullptr;
    std::string target;  // "channels.share-to-app", "stores.group"
    std::string summary; // one sentence about this element
    model::Severity severity = model::Severity::Low;
    ThreatStatus status = ThreatStatus::Unmitigated;
    std::vector<std::string> found;        // mitigation ids declared
    std::vector<std::string> missing;      // mitigation ids not declared
    std::vector<std::string> undetermined; // those of `missing` whose control is written "unknown"
    util::SourceLocation location;         // the element's declaration
};

// Sorted by (target, category, catalog id).
std::vector<Threat> derive_threats(const ContractIndex& index, const Graph& graph);

} // namespace axg::graph
