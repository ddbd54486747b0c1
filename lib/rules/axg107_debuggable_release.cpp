// AXG107 debuggable-release: get-task-allow = true in a configuration that ships (MASTG-TEST-0261,
// MASWE-0067). Not aps-environment = development: Xcode writes "development" into the entitlements
// file when push is enabled, and code signing replaces it with the provisioning profile's value (a
// distribution profile gives "production"), so in a source file it says nothing about the shipped
// build (docs/rules/AXG107.md). `appexguard audit` of a signed build is where that value is real.

#include "model/entitlements.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

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
        }
    }
}
} // namespace

const Rule k_axg107{"AXG107",
                    "debuggable-release",
                    model::Severity::High,
                    "least-privilege",
                    "get-task-allow in a release configuration",
                    &run};

} // namespace axg::rules
