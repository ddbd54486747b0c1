// AXG105 extension-point-privilege: an extension holds an entitlement that its extension point
// never needs (the table in model/extension_points.cpp, docs/extension-points.md): push in a
// share extension, a network extension outside a network provider, keychain groups in a keyboard.

#include "model/entitlements.hpp"
#include "model/extension_points.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            const model::Component* component = ctx.model.contract.component(id);
            if (!component || component->kind != model::ComponentKind::Extension) {
                continue;
            }
            const model::ExtensionPointInfo* point = model::find_extension_point(component->extension_point);
            if (!point) {
                continue;
            }
            for (std::string_view key : point->never_entitlements) {
                const model::PlistEntry* e = model::entitlement::entry(manifests, key);
                if (!e || (e->value.type == model::PlistValue::Type::Bool && !e->value.boolean)) {
                    continue;
                }
                out.add(view, model::component_target(id), e->key_location,
                        "the " + std::string(point->display_name) + " extension \"" + id + "\" holds " +
                            std::string(key) + ", which its extension point never needs",
                        "remove " + std::string(key) + " from " + manifests.entitlements->path +
                            " (it belongs to the host app or the extension that uses it)");
            }
        }
    }
}
} // namespace

const Rule k_axg105{"AXG105",
                    "extension-point-privilege",
                    model::Severity::High,
                    "least-privilege",
                    "An entitlement the component's extension point never needs",
                    &run};

} // namespace axg::rules
