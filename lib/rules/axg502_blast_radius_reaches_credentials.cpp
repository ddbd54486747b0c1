// AXG502 blast-radius-reaches-credentials: a less trusted extension (low trust, or fed by input
// from outside the team) can reach credential-class data that is not addressed to it — through a
// store it belongs to, or through receivers that act on its messages unchecked (blast_radius.hpp).
// One finding per extension, on the nearest such data: fewest control steps, then by name
// (graph/credential_reach.hpp computes it for every extension in one pass).

#include "analysis/analysis.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, e] : ctx.analysis.credential_reach()) {
        const model::Component& component = *contract.component(id);
        const graph::Node* node = ctx.analysis.graph().node(graph::component_node(id));
        std::string path = e.path.empty() ? id : graph::format_path(e.path);
        out.add(model::component_target(id), component.location,
                "\"" + id + "\" (" + std::string(model::trust_name(node->trust)) +
                    " trust) can reach credential data in " + e.where + " if compromised: " + path,
                "remove \"" + id +
                    "\" from stores that hold credentials it does not need, and authenticate or "
                    "validate the channels on the path");
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
