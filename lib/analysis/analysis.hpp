#pragma once
// Everything derived from a loaded project that more than one consumer reads, each computed at most
// once per run (docs/architecture.md#one-analysis): the contract's indexes, the channel/threat graph,
// the STRIDE threats, the nearest foreign credential data of each less trusted extension, and the
// changes against the base revision and the lock. The check runner builds one and hands it to
// every rule (RuleContext) and every renderer (ReportInput); `threats`, `graph` and `drift` build
// one too. Parts nobody asks for are never computed: `drift` derives no threats.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "drift/control_diff.hpp"
#include "drift/entitlement_diff.hpp"
#include "drift/schema_diff.hpp"
#include "graph/blast_radius.hpp"
#include "graph/contract_index.hpp"
#include "graph/graph.hpp"
#include "graph/threats.hpp"
#include "model/entitlement_lock.hpp"
#include "model/manifest.hpp"
#include "util/date.hpp"
#include "util/lazy.hpp"

namespace axg::analysis {

// What the drift (4xx) rules compare the model with; both optional.
struct DriftInputs {
    const model::Model* base = nullptr;               // the project at --base REF / --base-dir DIR
    std::string base_label;                           // "origin/main", for messages
    const model::EntitlementSnapshot* lock = nullptr; // appexguard.lock, when one is in use
};

class Analysis {
public:
    // `today` decides which suppressions have expired, for the threats they accept and for the check.
    explicit Analysis(const model::Model& model, DriftInputs drift = {},
                      std::chrono::year_month_day today = util::today());
    Analysis(const Analysis&) = delete;
    Analysis& operator=(const Analysis&) = delete;

    const model::Model& model() const { return m_model; }
    const model::Contract& contract() const { return m_model.contract; }
    const graph::ContractIndex& index() const { return m_index; }
    const graph::Graph& graph() const { return m_graph; }
    std::chrono::year_month_day today() const { return m_today; }

    // Sorted by (target, category, catalog id); derived on first use (safe to ask from several threads), each marked
    // accepted when a live suppression of the contract covers its AXG501 finding (graph::accept_threats).
    const std::vector<graph::Threat>& threats() const;
    // Extensions of low trust or fed by input from outside the team (the subjects of AXG502), each
    // with the nearest credential data it does not own, if it can reach any; computed on first use.
    const std::map<std::string, graph::Exposure>& credential_reach() const;

    // Drift. The changes are empty when there is nothing to compare with.
    const DriftInputs& drift() const { return m_drift; }
    const std::vector<drift::SchemaChange>& schema_changes() const;                // base -> current
    const std::vector<drift::ControlChange>& control_changes() const;              // base -> current
    const std::vector<drift::EntitlementChange>& lock_changes() const;             // the lock -> current
    const std::vector<drift::EntitlementChange>& base_entitlement_changes() const; // base -> current

private:
    const model::Model& m_model;
    DriftInputs m_drift;
    std::chrono::year_month_day m_today;
    graph::ContractIndex m_index;
    graph::Graph m_graph;
    // Each computed on first use, once, also when rules running in parallel ask at the same time.
    util::Lazy<std::vector<graph::Threat>> m_threats;
    util::Lazy<std::map<std::string, graph::Exposure>> m_credential_reach;
    util::Lazy<std::vector<drift::SchemaChange>> m_schema_changes;
    util::Lazy<std::vector<drift::ControlChange>> m_control_changes;
    util::Lazy<std::vector<drift::EntitlementChange>> m_lock_changes;
    util::Lazy<std::vector<drift::EntitlementChange>> m_base_entitlement_changes;
};

} // namespace axg::analysis
