// AXG112 extension-point-mismatch: the contract's extension_point differs from what the
// component's Info.plist declares, so every extension-point-specific check would reason about
// the wrong sandbox.

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            const model::Component* component = ctx.model.contract.component(id);
            if (!component || !manifests.info_plist) {
                continue;
            }
            const model::PlistValue* point = model::extension_point_of(manifests.info_plist->root);
            const std::string& path = manifests.info_plist->path;
            if (component->kind == model::ComponentKind::App) {
                if (point) {
                    out.add(view, model::component_target(id), point->location,
                            "component \"" + id + "\" is declared an app, but " + path +
                                " declares extension point \"" + point->string + "\"",
                            "declare it with kind = \"extension\" and extension_point = \"" + point->string + "\"");
                }
                continue;
            }
            if (!point) {
                out.add(view, model::component_target(id), {path, 1, 1},
                        "component \"" + id + "\" is declared an extension of \"" + component->extension_point +
                            "\", but " + path + " has no NSExtension / NSExtensionPointIdentifier",
                        "point info_plist at the extension's own Info.plist");
                continue;
            }
            if (point->string != component->extension_point) {
                auto& f = out.add(view, model::component_target(id), point->location,
                                  "component \"" + id + "\" is declared with extension point \"" +
                                      component->extension_point + "\", but " + path + " declares \"" + point->string +
                                      "\"",
                                  "set extension_point = \"" + point->string + "\" in the contract, or fix the Info.plist");
                f.related.push_back(component->at("extension_point"));
            }
        }
    }
}
} // namespace

const Rule k_axg112{"AXG112", "extension-point-mismatch", model::Severity::High, "sandbox-segmentation",
                    "The contract's extension point differs from the Info.plist's", &run};

} // namespace axg::rules
