// AXG102 unused-keychain-group: a keychain access group in a component's entitlements that no
// declared keychain-group store gives that component.

#include "model/entitlements.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        const model::StoreIndex stores(ctx.model.contract, view);
        for (const auto& [id, manifests] : view.components) {
            for (const model::PlistValue* group :
                 model::entitlement::values(manifests, model::entitlement::k_keychain_groups)) {
                if (!group->unresolved.empty() || stores.grants(model::StoreKind::KeychainGroup, group->string, id)) {
                    continue;
                }
                out.add(view, model::component_target(id), group->location,
                        "component \"" + id + "\" is entitled to keychain group \"" + group->string +
                            "\", but no keychain-group store in the contract gives it that group",
                        "remove the group from " + manifests.entitlements->path +
                            ", or declare a keychain-group store with that id and add \"" + id + "\" to its members");
            }
        }
    }
}
} // namespace

const Rule k_axg102{"AXG102",
                    "unused-keychain-group",
                    model::Severity::Medium,
                    "least-privilege",
                    "An entitled keychain access group that no declared store gives the component",
                    &run};

} // namespace axg::rules
