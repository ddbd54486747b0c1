// AXG114 weak-default-data-protection: com.apple.developer.default-data-protection is weaker than
// the protection a store the component belongs to declares; files created without an explicit
// class get the default, so the store's declared protection would not hold. A component that runs
// while the device is locked (a notification service extension) is held to "readable after first
// unlock" at most: a stronger default would lock it out of its own files (model/locked_access.hpp).

#include <algorithm>

#include "model/entitlements.hpp"
#include "model/locked_access.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
std::optional<model::Protection> parse_file_protection(std::string_view value) {
    if (value == "NSFileProtectionComplete") {
        return model::Protection::Complete;
    }
    if (value == "NSFileProtectionCompleteUnlessOpen") {
        return model::Protection::CompleteUnlessOpen;
    }
    if (value == "NSFileProtectionCompleteUntilFirstUserAuthentication") {
        return model::Protection::CompleteUntilFirstUserAuthentication;
    }
    if (value == "NSFileProtectionNone") {
        return model::Protection::None;
    }
    return std::nullopt;
}

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            const auto* e = model::entitlement::entry(manifests, model::entitlement::k_default_data_protection);
            auto protection = e && e->value.is_string() ? parse_file_protection(e->value.string) : std::nullopt;
            if (!protection) {
                continue;
            }
            const model::Component* component = ctx.model.contract.component(id);
            bool locked = component && model::runs_while_locked(*component);
            for (const auto& [store_id, store] : ctx.model.contract.stores) {
                int needed = model::protection_strength(store.protection);
                if (locked) {
                    needed = std::min(needed, model::k_readable_while_locked);
                }
                if (store.kind != model::StoreKind::AppGroup || !model::is_member(store, id) ||
                    model::protection_strength(*protection) >= needed) {
                    continue;
                }
                auto& f = out.add(view, model::component_target(id), e->value.location,
                                  "\"" + id + "\" defaults new files to " + e->value.string + ", weaker than the \"" +
                                      std::string(model::protection_name(store.protection)) + "\" that store \"" +
                                      store_id + "\" declares",
                                  "raise the default data protection in " + manifests.entitlements->path +
                                      ", or set the class explicitly on every file written to the store");
                f.related.push_back(store.at("protection"));
            }
        }
    }
}
} // namespace

const Rule k_axg114{"AXG114",
                    "weak-default-data-protection",
                    model::Severity::Medium,
                    "encryption",
                    "The default data protection is weaker than a store the component writes",
                    &run};

} // namespace axg::rules
