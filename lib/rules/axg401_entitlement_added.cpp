// AXG401 entitlement-added: a component holds an entitlement key or value that appexguard.lock
// does not approve, or that it did not hold at the base revision: a privilege escalation that
// needs a security reviewer (docs/drift.md, the lock workflow).

#include "analysis/analysis.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {

void report(const RuleContext& ctx, Findings& out, const std::vector<drift::EntitlementChange>& changes,
            const std::string& approved_by, bool is_lock) {
    for (const auto& change : changes) {
        if (change.kind != drift::EntitlementChange::Kind::Added) {
            continue;
        }
        const auto* view = &ctx.model.configurations.front();
        for (const auto& v : ctx.model.configurations) {
            if (v.name == change.configuration) {
                view = &v;
            }
        }
        std::string message =
            "component \"" + util::printable(change.component) + "\" gained " + drift::describe(change);
        std::string fix;
        if (is_lock) {
            message += change.component_unknown ? ", and " + approved_by + " approves nothing for it"
                                                : ", which " + approved_by + " does not approve";
            fix = "if the privilege is needed, run `appexguard lock` and have a security reviewer approve the "
                  "change to " +
                  approved_by + "; otherwise remove it";
        } else {
            message += " since " + ctx.base_label;
            fix = "have a security reviewer approve the new privilege (and `appexguard lock` record it), or remove it";
        }
        out.add(*view, model::component_target(change.component), change.location, std::move(message), std::move(fix));
    }
}

void run(const RuleContext& ctx, Findings& out) {
    if (ctx.model.configurations.empty()) {
        return;
    }
    if (ctx.lock) {
        report(ctx, out, ctx.analysis.lock_changes(), ctx.lock->source, true);
    }
    if (ctx.base) {
        report(ctx, out, ctx.analysis.base_entitlement_changes(), "base " + ctx.base_label, false);
    }
}

} // namespace

const Rule k_axg401{"AXG401",
                    "entitlement-added",
                    model::Severity::High,
                    "least-privilege",
                    "a component gained an entitlement or a value since the base or beyond the lock",
                    &run,
                    Needs::BaseOrLock};

} // namespace axg::rules
