#pragma once
// The summarised diagram (docs/graph.md, "Large projects"): above k_summary_components components a laid-out
// diagram (SVG, PNG, the HTML report's) groups the extensions by extension point and trust and the stores by kind and
// classification, keeps the host app, actors outside the team and a compromised component as their own nodes, and
// draws one edge per group pair and kind with a count. Graphviz lays out a few dozen groups in well under a second,
// where 10,000 components took minutes and drew an unreadable picture. `--format dot` is never summarised.

#include <cstddef>

#include "analysis/analysis.hpp"
#include "model/contract.hpp"
#include "report/dot.hpp"

namespace axg::report {

inline constexpr std::size_t k_summary_components = 200;

// More components than a laid-out diagram draws one by one.
bool diagram_is_summarised(const model::Contract& contract);

AgraphPtr build_summary_dot(const analysis::Analysis& analysis, const DiagramView& view);

} // namespace axg::report
