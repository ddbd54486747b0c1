// AXG402 entitlement-removed: a component no longer holds an entitlement key or value that
// appexguard.lock approves or that it held at the base revision. Informational: fewer privileges,
// but a lock that still lists them is stale.

#include "analysis/analysis.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {

void report(const RuleContext& ctx, Findings& out, const std::vector<drift::EntitlementChange>& changes,
            const std::string& approved_by, bool is_lock) {
    for (const auto& change : changes) {
        if (change.kind != drift::EntitlementChange::Kind::Removed) {
            continue;
        }
        const auto* view = &ctx.model.configurations.front();
        for (const auto& v : ctx.model.configurations) {
            if (v.name == change.configuration) {
                view = &v;
            }
        }
        util::SourceLocation where = change.location;
        if (where.file.empty()) {
            where = {ctx.model.contract.path, 0, 0};
        }
        std::string message =
            "component \"" + util::printable(change.component) + "\" no longer has " + drift::describe(change);
        message += is_lock ? " that " + approved_by + " approves" : " (it had at " + ctx.base_label + ")";
        out.add(*view, model::component_target(change.component), where, std::move(message),
                is_lock ? "run `appexguard lock` so that the lock lists only what is used"
                        : "nothing to do: fewer privileges; keep the lock in step with `appexguard lock`");
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

const Rule k_axg402{"AXG402",
                    "entitlement-removed",
                    model::Severity::Info,
                    "least-privilege",
                    "a component lost an entitlement or a value that the base or the lock holds",
                    &run,
                    Needs::BaseOrLock};

} // namespace axg::rules
