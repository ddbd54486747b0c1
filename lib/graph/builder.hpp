#pragma once
// Builds the channel/threat graph from a contract (through its index, which holds the effective
// classification every label shows). The contract is configuration-independent, so one graph serves
// every configuration.

#include "graph/contract_index.hpp"
#include "graph/graph.hpp"

namespace axg::graph {

Graph build_graph(const ContractIndex& index);

} // namespace axg::graph
