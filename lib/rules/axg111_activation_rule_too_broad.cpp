// AXG111 activation-rule-too-broad: a share or action extension whose NSExtensionActivationRule is
// TRUEPREDICATE, so every host app can hand it every kind of item (MASTG-TEST-0072).

#include <algorithm>
#include <array>

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
constexpr std::array<std::string_view, 3> k_points = {"com.apple.share-services", "com.apple.ui-services",
                                                      "com.apple.services"};

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            const model::Component* component = ctx.model.contract.component(id);
            if (!component || !manifests.info_plist ||
                std::find(k_points.begin(), k_points.end(), component->extension_point) == k_points.end()) {
                continue;
            }
            const model::PlistValue* rule =
                model::extension_attribute(manifests.info_plist->root, "NSExtensionActivationRule");
            if (!rule || !rule->is_string() || rule->string.find("TRUEPREDICATE") == std::string::npos) {
                continue;
            }
            out.add(view, model::component_target(id), rule->location,
                    "\"" + id + "\" activates for any item (NSExtensionActivationRule is TRUEPREDICATE)",
                    "replace it in " + manifests.info_plist->path +
                        " with a dictionary of the types it handles (NSExtensionActivationSupportsText, "
                        "…WebURLWithMaxCount)");
        }
    }
}
} // namespace

const Rule k_axg111{"AXG111",
                    "activation-rule-too-broad",
                    model::Severity::Medium,
                    "validation",
                    "A share or action extension that activates for any item (TRUEPREDICATE)",
                    &run};

} // namespace axg::rules
