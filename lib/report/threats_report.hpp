#pragma once
// Renderers for `appexguard threats`: the STRIDE threat list, or the blast radius of one
// component, as text, JSON or Markdown. Input is sorted already; renderers only print.

#include <optional>
#include <span>
#include <ostream>
#include <string>
#include <vector>

#include "graph/blast_radius.hpp"
#include "graph/threats.hpp"

namespace axg::report {

struct ThreatsInput {
    std::string contract_path;
    std::string project;
    std::span<const graph::Threat> threats;  // empty when `blast` is set
    std::optional<graph::BlastRadius> blast; // --compromised
    std::string compromised_detail;          // "Share extension, low trust"
    std::string tool_version = APPEXGUARD_VERSION;
};

// Disjoint: an accepted threat is unmitigated, and counted as accepted only.
struct ThreatCounts {
    std::size_t mitigated = 0;
    std::size_t partial = 0;
    std::size_t unmitigated = 0;
    std::size_t accepted = 0;
};
ThreatCounts count_threats(std::span<const graph::Threat> threats);

void render_threats_text(const ThreatsInput& input, std::ostream& out);
void render_threats_json(const ThreatsInput& input, std::ostream& out);
void render_threats_markdown(const ThreatsInput& input, std::ostream& out);

} // namespace axg::report
