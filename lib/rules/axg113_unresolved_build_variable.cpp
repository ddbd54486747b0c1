// AXG113 unresolved-build-variable: a manifest value keeps a $(VAR) that the contract's settings
// cannot expand. Every other rule would compare the unexpanded text, so the gap is reported
// rather than guessed. Scope: every entitlement value; in Info.plist, the keys rules read.

#include <array>

#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {
// Info.plist keys whose values rules read; version strings and display names are left alone.
constexpr std::array<std::string_view, 6> k_info_keys = {"CFBundleIdentifier",    "CFBundleURLTypes",
                                                         "NSExtension",           "NSAppTransportSecurity",
                                                         "EXAppExtensionAttributes", "LSApplicationQueriesSchemes"};

bool relevant_info_key(std::string_view key) {
    for (auto k : k_info_keys) {
        if (k == key) {
            return true;
        }
    }
    return util::contains_ci(key, "group") || util::contains_ci(key, "keychain");
}

void visit(const model::PlistValue& value, const model::ConfigurationView& view, const std::string& component,
           const std::string& path, Findings& out) {
    if (!value.unresolved.empty()) {
        for (const auto& name : value.unresolved) {
            out.add(view, model::component_target(component), value.location,
                    "\"" + util::printable(value.string) + "\" in " + path + " uses $(" + util::printable(name) +
                        "), which no setting of configuration \"" + view.name + "\" defines",
                    "define " + util::printable(name) + " under [settings], [configurations." + view.name +
                        ".settings] or the component's settings");
        }
    }
    for (const auto& item : value.array) {
        visit(item, view, component, path, out);
    }
    for (const auto& entry : value.dict) {
        visit(entry.value, view, component, path, out);
    }
}

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            if (manifests.entitlements) {
                visit(manifests.entitlements->root, view, id, manifests.entitlements->path, out);
            }
            if (manifests.info_plist) {
                for (const auto& entry : manifests.info_plist->root.dict) {
                    if (relevant_info_key(entry.key)) {
                        visit(entry.value, view, id, manifests.info_plist->path, out);
                    }
                }
            }
        }
    }
}
} // namespace

const Rule k_axg113{"AXG113", "unresolved-build-variable", model::Severity::Medium, "governance",
                    "A manifest value keeps a build variable the contract cannot expand", &run};

} // namespace axg::rules
