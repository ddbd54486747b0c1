// AXG502 blast-radius-reaches-credentials: a less trusted extension (low trust, or fed by input
// from outside the team) can reach credential-class data that is not addressed to it — through a
// store it belongs to, or through receivers that act on its messages unchecked (blast_radius.hpp).

#include "graph/blast_radius.hpp"
#include "graph/builder.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    graph::Graph local;
    const graph::Graph& g = ctx.graph ? *ctx.graph : (local = graph::build_graph(contract));
    for (const auto& [id, component] : contract.components) {
        const graph::Node* node = g.node(graph::component_node(id));
        if (component.kind != model::ComponentKind::Extension || !node ||
            !(node->trust <= model::Trust::Low || node->external_input)) {
            continue;
        }
        auto radius = graph::blast_radius(contract, g, id);
        if (!radius) {
            continue;
        }
        for (const auto& e : radius->exposures) {
            if (e.classification != model::Classification::Credential || e.own) {
                continue;
            }
            std::string path = e.path.empty() ? id : graph::format_path(e.path);
            out.add(model::component_target(id), component.location,
                    "\"" + id + "\" (" + std::string(model::trust_name(node->trust)) +
                        " trust) can reach credential data in " + e.where + " if compromised: " + path,
                    "remove \"" + id +
                        "\" from stores that hold credentials it does not need, and authenticate or "
                        "validate the channels on the path");
            break; // one finding per component: the shortest path
        }
    }
}
} // namespace

const Rule k_axg502{"AXG502",
                    "blast-radius-reaches-credentials",
                    model::Severity::High,
                    "incident-response",
                    "A less trusted extension can reach credential data, directly or transitively",
                    &run};

} // namespace axg::rules
