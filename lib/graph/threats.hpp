#pragma once
// STRIDE threats derived from the graph and the catalog (stride.hpp): one per applicable catalog
// entry and element, with the mitigations the contract declares and the ones it lacks.

#include <chrono>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"
#include "graph/stride.hpp"
#include "model/contract.hpp"
#include "model/finding.hpp"
#include "util/source_location.hpp"

namespace axg::graph {

enum class ThreatStatus { Mitigated, Partial, Unmitigated };
std::string_view threat_status_name(ThreatStatus status);

using MitigationIds = std::vector<std::string_view>;

struct Threat {
    std::string id; // "<catalog id>@<target>": "spoofed-sender@channels.share-to-app", stable
    const ThreatEntry* entry = nullptr;
    std::string target;                         // "channels.share-to-app", "stores.group"
    std::shared_ptr<const std::string> summary; // one sentence about this element, shared by its threats
    model::Severity severity = model::Severity::Low;
    ThreatStatus status = ThreatStatus::Unmitigated;
    // Mitigation ids, views of the catalog's (static) ids: a monorepo has hundreds of thousands of threats.
    MitigationIds found;           // declared
    MitigationIds missing;         // not declared
    MitigationIds undetermined;    // those of `missing` whose control is written "unknown"
    util::SourceLocation location; // the element's declaration
    // Set when a live suppression covers the threat's AXG501 finding (accept_threats): the risk is
    // accepted, with the suppression's reason, expiry and place. Only reported threats are accepted.
    std::optional<model::SuppressionState> accepted;
};

// True when AXG501 reports the threat: unmitigated, of medium impact or more, and no control left
// "unknown" could still mitigate it.
bool threat_is_reported(const Threat& threat);
// Why AXG501 does not report it ("mitigated", "low impact", …); "" when it does.
std::string_view threat_unreported_reason(const Threat& threat);

// "accepted" for an accepted threat, otherwise threat_status_name(status): what renderers print.
std::string_view threat_shown_status(const Threat& threat);

// The threats whose target starts with `prefix` lie in [first, last) of the sorted threats (every target a
// suppression target covers is among them). O(log n + what matches).
std::pair<std::size_t, std::size_t> threats_under(std::span<const Threat> threats, std::string_view prefix);
// The threat of that id ("spoofed-sender@channels.open") in the sorted threats, or nullptr.
const Threat* find_threat(std::span<const Threat> threats, std::string_view id);

// Marks the reported threats whose AXG501 finding a live suppression covers: one naming the threat
// id, or its channel or store (or what encloses it) for AXG501. The first such suppression wins,
// as for findings (check/suppressions).
void accept_threats(std::vector<Threat>& threats, const std::vector<model::Suppression>& suppressions,
                    std::chrono::year_month_day today);

// Sorted by (target, category, catalog id).
std::vector<Threat> derive_threats(const ContractIndex& index, const Graph& graph);

} // namespace axg::graph
