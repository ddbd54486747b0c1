// AXG211 store-protection-too-weak: a store's data protection or keychain accessibility is weaker
// than its own classification or its most sensitive channel requires under the policy. A store that a
// notification service extension reads needs no more than "readable after first unlock": the
// extension runs while the device is locked (model/locked_access.hpp).

#include <algorithm>

#include "analysis/analysis.hpp"
#include "model/locked_access.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, store] : contract.stores) {
        if (store.kind == model::StoreKind::Pasteboard ||
            (store.protection == model::Protection::Unknown && store.has("protection"))) {
            continue; // pasteboards have no protection class; "unknown" is AXG905's
        }
        auto classification = ctx.analysis.index().classification(store);
        int needed = ctx.policy.requirements(classification).store_protection;
        if (auto ceiling = model::locked_reader_ceiling(contract, store)) {
            needed = std::min(needed, *ceiling);
        }
        if (model::protection_strength(store.protection) >= needed) {
            continue;
        }
        out.add(model::store_target(id), store.at("protection"),
                "store \"" + id + "\" holds " + std::string(model::classification_name(classification)) +
                    " data with protection \"" + std::string(model::protection_name(store.protection)) +
                    "\", weaker than policy \"" + ctx.policy.name + "\" requires",
                "declare (and apply) a stronger protection class, such as \"complete\" or, for data the extension "
                "needs while locked, \"complete-until-first-user-authentication\"");
    }
}
} // namespace

const Rule k_axg211{"AXG211",
                    "store-protection-too-weak",
                    model::Severity::High,
                    "encryption",
                    "A store protected less than its data requires",
                    &run};

} // namespace axg::rules
