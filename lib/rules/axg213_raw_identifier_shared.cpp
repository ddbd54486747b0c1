// AXG213 raw-identifier-shared: a field classified "identifier" crosses a boundary in a schema a
// channel uses, without pseudonymous = true: a raw account or device id links data across contexts.

#include <set>

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    std::set<std::string> used;
    for (const auto& [id, channel] : contract.channels) {
        if (!channel.schema.empty()) {
            used.insert(channel.schema);
        }
    }
    for (const auto& [id, schema] : contract.schemas) {
        if (!used.count(id)) {
            continue;
        }
        for (const auto& field : schema.fields) {
            if (field.classification != model::Classification::Identifier || field.pseudonymous) {
                continue;
            }
            out.add(model::field_target(id, field.id), field.location,
                    "field \"" + field.id + "\" of schema \"" + id + "\" shares a raw identifier across components",
                    "share a per-purpose pseudonym (a keyed hash or random id) instead, and mark the field "
                    "pseudonymous = true");
        }
    }
}
} // namespace

const Rule k_axg213{"AXG213",
                    "raw-identifier-shared",
                    model::Severity::Medium,
                    "minimisation",
                    "A raw identifier field crosses a boundary",
                    &run};

} // namespace axg::rules
