// AXG113 unresolved-build-variable: a value refers to a build setting that no setting defines. Xcode expands such a
// reference to "" without a word (so the app is signed with "group." where "group.$(SUFFIX)" was meant), and every
// rule then compares that text. Scope: the contract's bundle ids and store ids, every entitlement value, and the
// Info.plist keys rules read. The message names no configuration, so the check runner reports a name that is
// undefined in every configuration once, with the configurations it holds in.

#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {

std::string fix_for(const std::string& name) {
    return "define " + util::printable(name) +
           " under [settings], [configurations.<name>.settings] or the component's settings";
}

void visit(const model::PlistValue& value, const model::ConfigurationView& view, const std::string& component,
           const std::string& path, Findings& out) {
    for (const auto& name : value.unresolved) {
        out.add(view, model::component_target(component), value.location,
                "$(" + util::printable(name) + ") in " + path +
                    " is defined by no setting; Xcode expands it to \"\" there",
                fix_for(name));
    }
    for (const auto& item : value.array) {
        visit(item, view, component, path, out);
    }
    for (const auto& entry : value.dict) {
        visit(entry.value, view, component, path, out);
    }
}

void contract_values(const RuleContext& ctx, const model::ConfigurationView& view, Findings& out) {
    const model::Contract& contract = ctx.model.contract;
    for (const auto& [id, manifests] : view.components) {
        const model::Component* component = contract.component(id);
        for (const auto& name : manifests.bundle_id_undefined) {
            out.add(view, model::component_target(id), component ? component->at("bundle_id") : util::SourceLocation{},
                    "the bundle_id of component \"" + util::printable(id) + "\" uses $(" + util::printable(name) +
                        "), which no setting defines; Xcode expands it to \"\" there",
                    fix_for(name));
        }
    }
    for (const auto& [id, names] : view.store_identifier_undefined) {
        const model::Store* store = contract.store(id);
        for (const auto& name : names) {
            out.add(view, model::store_target(id), store ? store->at("id") : util::SourceLocation{},
                    "the id of store \"" + util::printable(id) + "\" uses $(" + util::printable(name) +
                        "), which no setting defines; Xcode expands it to \"\" there",
                    fix_for(name));
        }
    }
}

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        contract_values(ctx, view, out);
        for (const auto& [id, manifests] : view.components) {
            if (manifests.entitlements) {
                visit(manifests.entitlements->root, view, id, manifests.entitlements->path, out);
            }
            if (manifests.info_plist) {
                for (const auto& entry : manifests.info_plist->root.dict) {
                    if (model::is_rule_read_info_key(entry.key)) {
                        visit(entry.value, view, id, manifests.info_plist->path, out);
                    }
                }
            }
        }
    }
}

} // namespace

const Rule k_axg113{"AXG113",
                    "unresolved-build-variable",
                    model::Severity::Medium,
                    "governance",
                    "A value refers to a build setting that no setting defines",
                    &run};

} // namespace axg::rules
