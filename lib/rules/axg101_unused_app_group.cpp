// AXG101 unused-app-group: an app group in a component's entitlements that no declared store
// gives that component. Every group is shared storage and IPC surface; unused ones widen the sandbox.

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
                 model::entitlement::values(manifests, model::entitlement::k_app_groups)) {
                if (!group->unresolved.empty()) {
                    continue; // AXG113 reports it
                }
                // App groups double as keychain access groups: a keychain-group store of that id uses it too.
                if (stores.grants(model::StoreKind::AppGroup, group->string, id) ||
                    stores.grants(model::StoreKind::KeychainGroup, group->string, id)) {
                    continue;
                }
                out.add(view, model::component_target(id), group->location,
                        "component \"" + id + "\" is entitled to app group \"" + group->string +
                            "\", but no store in the contract gives it that group",
                        "remove the group from " + manifests.entitlements->path + ", or declare the store and add \"" +
                            id + "\" to its members");
            }
        }
    }
}
} // namespace

const Rule k_axg101{"AXG101",
                    "unused-app-group",
                    model::Severity::Medium,
                    "least-privilege",
                    "An entitled app group that no declared store gives the component",
                    &run};

} // namespace axg::rules
