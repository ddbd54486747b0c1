// AXG115 file-sharing-exposed: UIFileSharingEnabled or LSSupportsOpeningDocumentsInPlace exposes
// the component's Documents directory to the Files app and Finder, in a component that handles
// sensitive data.

#include <array>
#include <set>

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
constexpr std::array<std::string_view, 2> k_keys = {"UIFileSharingEnabled", "LSSupportsOpeningDocumentsInPlace"};

// Components that hold sensitive data: members of a sensitive store, or endpoints of a sensitive channel.
std::set<std::string> sensitive_components(const model::Contract& contract) {
    std::set<std::string> out;
    for (const auto& [id, store] : contract.stores) {
        if (model::is_sensitive(store.classification)) {
            out.insert(store.members.begin(), store.members.end());
        }
    }
    for (const auto& [id, channel] : contract.channels) {
        if (model::is_sensitive(model::effective_classification(contract, channel))) {
            out.insert(channel.from);
            out.insert(channel.to.begin(), channel.to.end());
        }
    }
    return out;
}

void run(const RuleContext& ctx, Findings& out) {
    const auto sensitive = sensitive_components(ctx.model.contract);
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            if (!manifests.info_plist || !sensitive.count(id)) {
                continue;
            }
            for (std::string_view key : k_keys) {
                if (const model::PlistValue* v = manifests.info_plist->root.find(key); v && v->is_true()) {
                    out.add(view, model::component_target(id), v->location,
                            "\"" + id + "\" handles sensitive data and sets " + std::string(key) +
                                ", which exposes its Documents directory to the Files app and a connected computer",
                            "remove " + std::string(key) + " from " + manifests.info_plist->path +
                                ", or keep sensitive files out of Documents (Application Support, excluded from "
                                "backup)");
                }
            }
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
