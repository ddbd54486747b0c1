// AXG123 configuration-group-mismatch: in one configuration a member of a store holds the identifier the store has
// in another configuration instead of this configuration's (Brave's Beta: the host, widget and VPN use
// group.com.brave.ios.browser.beta while BrowserIntentsBeta.entitlements keeps group.com.brave.ios.browser).
// The member then shares data with the wrong build, or with nobody.

#include <algorithm>

#include "model/entitlements.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {

void run(const RuleContext& ctx, Findings& out) {
    const auto& views = ctx.model.configurations;
    for (const auto& [store_id, store] : ctx.model.contract.stores) {
        if (store.kind == model::StoreKind::Pasteboard) {
            continue;
        }
        std::string_view key = store.kind == model::StoreKind::AppGroup ? model::entitlement::k_app_groups
                                                                        : model::entitlement::k_keychain_groups;
        for (const auto& view : views) {
            const std::string& wanted = view.store_identifier(store_id);
            for (const auto& member : store.members) {
                const model::ComponentManifests* m = view.component(member);
                if (!m || !m->entitlements) {
                    continue;
                }
                auto held = model::entitlement::values(*m, key);
                auto holds = [&](const std::string& identifier) {
                    return std::any_of(held.begin(), held.end(),
                                       [&](const model::PlistValue* v) { return v->string == identifier; });
                };
                if (wanted.empty() || holds(wanted)) {
                    continue;
                }
                for (const auto& other : views) {
                    const std::string& elsewhere = other.store_identifier(store_id);
                    if (other.name == view.name || elsewhere == wanted || elsewhere.empty() || !holds(elsewhere)) {
                        continue;
                    }
                    const model::PlistValue* value =
                        *std::find_if(held.begin(), held.end(), [&](const auto* v) { return v->string == elsewhere; });
                    auto& f =
                        out.add(view, model::store_target(store_id), value->location,
                                "in configuration \"" + view.name + "\", \"" + member + "\" holds \"" + elsewhere +
                                    "\" (store \"" + store_id + "\" in configuration \"" + other.name +
                                    "\") instead of \"" + wanted + "\", which the other members use",
                                "make " + m->entitlements->path + " use the same value as the other members in \"" +
                                    view.name + "\" (e.g. a $(VAR) set per configuration)");
                    f.related.push_back(store.at("id"));
                    break;
                }
            }
        }
    }
}

} // namespace

const Rule k_axg123{"AXG123",
                    "configuration-group-mismatch",
                    model::Severity::Medium,
                    "least-privilege",
                    "A store member that keeps another configuration's group identifier",
                    &run};

} // namespace axg::rules
