#include "analysis/analysis.hpp"

#include "graph/builder.hpp"
#include "graph/credential_reach.hpp"

namespace axg::analysis {

Analysis::Analysis(const model::Model& model, DriftInputs drift, std::chrono::year_month_day today)
    : m_model(model), m_drift(std::move(drift)), m_today(today), m_index(model.contract),
      m_graph(graph::build_graph(m_index)) {}

const std::vector<graph::Threat>& Analysis::threats() const {
    return m_threats.get([&] {
        auto threats = graph::derive_threats(m_index, m_graph);
        graph::accept_threats(threats, contract().suppressions, m_today);
        return threats;
    });
}

const std::map<std::string, graph::Exposure>& Analysis::credential_reach() const {
    return m_credential_reach.get([&] {
        std::vector<std::string> starts;
        for (const auto& [id, component] : contract().components) {
            const graph::Node* node = m_graph.node(graph::component_node(id));
            if (component.kind == model::ComponentKind::Extension && node &&
                (node->trust <= model::Trust::Low || node->external_input)) {
                starts.push_back(id);
            }
        }
        return graph::nearest_foreign_credentials(m_index, starts);
    });
}

const std::vector<drift::SchemaChange>& Analysis::schema_changes() const {
    return m_schema_changes.get([&] {
        return m_drift.base ? drift::diff_schemas(m_drift.base->contract, contract())
                            : std::vector<drift::SchemaChange>{};
    });
}

const std::vector<drift::ControlChange>& Analysis::control_changes() const {
    return m_control_changes.get([&] {
        return m_drift.base ? drift::diff_controls(m_drift.base->contract, contract())
                            : std::vector<drift::ControlChange>{};
    });
}

const std::vector<drift::EntitlementChange>& Analysis::lock_changes() const {
    return m_lock_changes.get([&] {
        return m_drift.lock ? drift::diff_entitlements(m_model, *m_drift.lock)
                            : std::vector<drift::EntitlementChange>{};
    });
}

const std::vector<drift::EntitlementChange>& Analysis::base_entitlement_changes() const {
    return m_base_entitlement_changes.get([&] {
        if (!m_drift.base) {
            return std::vector<drift::EntitlementChange>{};
        }
        return drift::diff_entitlements(m_model, drift::snapshot(*m_drift.base, "base " + m_drift.base_label, false));
    });
}

} // namespace axg::analysis
