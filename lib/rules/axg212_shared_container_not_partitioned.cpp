// AXG212 shared-container-not-partitioned: an app group that several components write, where an
// extension writer has no partition of its own: a compromised extension can then overwrite what
// the others wrote. The host app, the most trusted member, may write without a partition.

#include <vector>

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, store] : contract.stores) {
        if (store.kind != model::StoreKind::AppGroup) {
            continue;
        }
        std::vector<std::string> writers;
        for (const auto& member : store.members) {
            if (model::is_writer(store, member)) {
                writers.push_back(member);
            }
        }
        if (writers.size() < 2) {
            continue;
        }
        for (const auto& writer : writers) {
            const model::Component* c = contract.component(writer);
            if (!c || c->kind == model::ComponentKind::App || store.partitions.count(writer)) {
                continue;
            }
            out.add(model::store_target(id), store.has("partitions") ? store.at("partitions") : store.at("members"),
                    "extension \"" + writer + "\" writes the shared container \"" + id + "\" with " +
                        std::to_string(writers.size() - 1) + " other writer(s) and no partition of its own",
                    "give it a partition (partitions = { " + writer + " = \"inbox/" + writer +
                        "\" }) and have readers accept its data only from there, or make it read_only");
        }
    }
}
} // namespace

const Rule k_axg212{"AXG212",
                    "shared-container-not-partitioned",
                    model::Severity::Medium,
                    "minimisation",
                    "An extension writes a shared container without its own partition",
                    &run};

} // namespace axg::rules
