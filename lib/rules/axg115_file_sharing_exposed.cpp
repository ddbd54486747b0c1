// AXG115 file-sharing-exposed: UIFileSharingEnabled exposes the app's Documents directory to a
// connected computer (Finder file sharing) and, with LSSupportsOpeningDocumentsInPlace, to the Files
// app, in an app that handles sensitive data. LSSupportsOpeningDocumentsInPlace alone exposes nothing
// (it lets the app open other apps' documents in place), and an extension's container is never
// shown, so only UIFileSharingEnabled of an app is reported.

#include <set>

#include "analysis/analysis.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
// Components that hold sensitive data: members of a sensitive store, or endpoints of a sensitive channel.
std::set<std::string> sensitive_components(const RuleContext& ctx) {
    const model::Contract& contract = ctx.model.contract;
    std::set<std::string> out;
    for (const auto& [id, store] : contract.stores) {
        if (model::is_sensitive(ctx.analysis.index().classification(store))) {
            out.insert(store.members.begin(), store.members.end());
        }
    }
    for (const auto& [id, channel] : contract.channels) {
        if (model::is_sensitive(ctx.analysis.index().classification(channel))) {
            out.insert(channel.from);
            out.insert(channel.to.begin(), channel.to.end());
        }
    }
    return out;
}

void run(const RuleContext& ctx, Findings& out) {
    const auto sensitive = sensitive_components(ctx);
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            const model::Component* component = ctx.model.contract.component(id);
            if (!manifests.info_plist || !sensitive.count(id) || !component ||
                component->kind != model::ComponentKind::App) {
                continue;
            }
            const model::PlistValue* sharing = manifests.info_plist->root.find("UIFileSharingEnabled");
            if (!sharing || !sharing->is_true()) {
                continue;
            }
            const model::PlistValue* in_place = manifests.info_plist->root.find("LSSupportsOpeningDocumentsInPlace");
            bool files_app = in_place && in_place->is_true();
            out.add(view, model::component_target(id), sharing->location,
                    "\"" + id +
                        "\" handles sensitive data and sets UIFileSharingEnabled, which exposes its Documents "
                        "directory to a connected computer" +
                        std::string(files_app ? " and, with LSSupportsOpeningDocumentsInPlace, to the Files app" : ""),
                    "remove UIFileSharingEnabled from " + manifests.info_plist->path +
                        ", or keep sensitive files out of Documents (Application Support, excluded from backup)");
        }
    }
}
} // namespace

const Rule k_axg115{"AXG115",
                    "file-sharing-exposed",
                    model::Severity::Medium,
                    "minimisation",
                    "Documents exposed to the Files app in a component that handles sensitive data",
                    &run};

} // namespace axg::rules
