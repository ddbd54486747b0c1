#pragma once
// Builds the channel/threat graph from a contract. The contract is configuration-independent, so
// one graph serves every configuration.

#include "graph/graph.hpp"
#include "model/contract.hpp"

namespace axg::graph {

Graph build_graph(const model::Contract& contract);

} // namespace axg::graph
