// AXG107 debuggable-release: get-task-allow = true or aps-environment = development in a
// configuration that ships (MASTG-TEST-0261, MASWE-0067).

#include "model/entitlements.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        if (!view.release) {
            continue;
        }
        for (const auto& [id, manifests] : view.components) {
            if (const auto* e = model::entitlement::entry(manifests, model::entitlement::k_get_task_allow);
                e && e->value.is_true()) {
                out.add(view, model::component_target(id), e->value.location,
                        "release configuration \"" + view.name + "\" of \"" + id +
                            "\" sets get-task-allow = true: any debugger can attach and read its memory",
                        "remove get-task-allow from " + manifests.entitlements->path +
                            " (Xcode adds it to development builds itself)");
            }
            if (const auto* e = model::entitlement::entry(manifests, model::entitlement::k_aps_environment);
                e && e->value.is_string() && util::to_lower(e->value.string) == "development") {
                out.add(view, model::component_target(id), e->value.location,
                        "release configuration \"" + view.name + "\" of \"" + id +
                            "\" uses the development push environment (aps-environment = development)",
                        "set aps-environment to \"production\" in " + manifests.entitlements->path +
                            ", or use a separate entitlements file for debug builds");
            }
        }
    }
}
} // namespace

const Rule k_axg107{"AXG107", "debuggable-release", model::Severity::High, "least-privilege",
                    "get-task-allow or the development push environment in a release configuration", &run};

} // namespace axg::rules
