#pragma once
// For many compromised components at once, the nearest credential-class data that is not their own
// (AXG502): the same walk as blast_radius.hpp, computed for every component in one pass instead of
// one walk each. A breadth-first search runs backwards from every component that sees credential
// data, over the steps a compromised component takes control of a receiver (reach_steps.hpp); each
// start then reads its nearest exposure off its successors. Linear in the contract, where a walk per
// component is quadratic once one less trusted extension can reach the app (docs/performance.md).

#include <map>
#include <span>
#include <string>

#include "graph/blast_radius.hpp"
#include "graph/contract_index.hpp"

namespace axg::graph {

// Per start that reaches any: the credential exposure with the fewest control steps, then the
// smallest `where`, with its path. Starts that are not declared components are left out.
std::map<std::string, Exposure> nearest_foreign_credentials(const ContractIndex& index,
                                                            std::span<const std::string> starts);

} // namespace axg::graph
