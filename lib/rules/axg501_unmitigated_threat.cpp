// AXG501 unmitigated-threat: a STRIDE threat (lib/graph/stride.cpp, docs/threats.md) applies to a
// flow or store, and the contract declares none of the controls that mitigate it. One finding per
// threat of medium impact or more, at the threat's severity; lower ones are listed by `appexguard
// threats` only. A threat that a
// control left "unknown" could still mitigate is not reported: its verdict waits for that answer, which
// AXG905 asks for (a fresh `init` contract would otherwise restate every unknown as a threat).
// Each finding carries its threat's id, so that a suppression naming it covers this finding alone.

#include "analysis/analysis.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
std::string declared_list(const graph::MitigationIds& ids, std::string_view joiner) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) {
            out += i + 1 == ids.size() ? std::string(joiner) : std::string("; ");
        }
        const graph::Mitigation* m = graph::find_mitigation(ids[i]);
        out += m ? m->declared : ids[i];
    }
    return out;
}

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& t : ctx.analysis.threats()) {
        if (!graph::threat_is_reported(t)) {
            continue;
        }
        std::string joiner = t.entry->needs == graph::Needs::Any ? "; or " : "; and ";
        model::Finding& f = out.add(t.target, t.location,
                                    std::string(graph::stride_name(t.entry->category)) + " threat " + t.id + ": " +
                                        std::string(t.entry->title) + " — " + std::string(t.entry->applies) +
                                        ", and no mitigation is declared",
                                    "declare " + declared_list(t.missing, joiner));
        f.severity = t.severity; // the threat's impact (docs/threats.md#severity)
        f.threat = t.id;
    }
}
} // namespace

const Rule k_axg501{"AXG501",
                    "unmitigated-threat",
                    model::Severity::Medium,
                    "threat-model",
                    "A STRIDE threat on a flow or store with none of its mitigations declared",
                    &run};

} // namespace axg::rules
