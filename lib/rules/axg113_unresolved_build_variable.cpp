// AXG113 unresolved-build-variable: a value refers to a build setting that no setting defines. Xcode expands such a
// reference to "" without a word (so the app is signed with "group." where "group.$(SUFFIX)" was meant), and every
// rule then compares that text. Scope: the contract's bundle ids and store ids, every entitlement value, and the
// Info.plist keys rules read. One finding per undefined name, at its first use, listing where else it is used: one
// missing definition (often an xcconfig file kept out of the repository, such as a developer-local one) is one thing
// to fix, however many values use it. The message names no configuration, so the check runner reports a name that
// is undefined in every configuration once, with the configurations it holds in.

#include <algorithm>
#include <map>
#include <vector>

#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {
struct Use {
    std::string target;
    util::SourceLocation location;
    std::string what; // "the bundle_id of component \"app\"", "Info.plist"
};
using Uses = std::map<std::string, std::vector<Use>>; // undefined name -> where it is used

void visit(const model::PlistValue& value, const std::string& component, const std::string& path, Uses& uses) {
    for (const auto& name : value.unresolved) {
        uses[name].push_back({model::component_target(component), value.location, path});
    }
    for (const auto& item : value.array) {
        visit(item, component, path, uses);
    }
    for (const auto& entry : value.dict) {
        visit(entry.value, component, path, uses);
    }
}

// In a fixed order, so that the first use is the same on every run: the contract's values (bundle ids by
// component, store ids by store), then the manifests by component.
Uses uses_in(const RuleContext& ctx, const model::ConfigurationView& view) {
    const model::Contract& contract = ctx.model.contract;
    Uses uses;
    for (const auto& [id, manifests] : view.components) {
        const model::Component* component = contract.component(id);
        for (const auto& name : manifests.bundle_id_undefined) {
            uses[name].push_back({model::component_target(id),
                                  component ? component->at("bundle_id") : util::SourceLocation{},
                                  "the bundle_id of component \"" + util::printable(id) + "\""});
        }
    }
    for (const auto& [id, names] : view.store_identifier_undefined) {
        const model::Store* store = contract.store(id);
        for (const auto& name : names) {
            uses[name].push_back({model::store_target(id), store ? store->at("id") : util::SourceLocation{},
                                  "the id of store \"" + util::printable(id) + "\""});
        }
    }
    for (const auto& [id, manifests] : view.components) {
        if (manifests.entitlements) {
            visit(manifests.entitlements->root, id, manifests.entitlements->path, uses);
        }
        if (manifests.info_plist) {
            for (const auto& entry : manifests.info_plist->root.dict) {
                if (model::is_rule_read_info_key(entry.key)) {
                    visit(entry.value, id, manifests.info_plist->path, uses);
                }
            }
        }
    }
    return uses;
}

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [name, uses] : uses_in(ctx, view)) {
            std::vector<std::string> places;
            for (const auto& use : uses) {
                if (std::find(places.begin(), places.end(), use.what) == places.end()) {
                    places.push_back(use.what);
                }
            }
            std::string message = "$(" + util::printable(name) + ") is defined by no setting; Xcode expands it to \"\"";
            message += uses.size() == 1 ? " in " + util::printable(places.front())
                                        : " in the " + std::to_string(uses.size()) +
                                              " values that use it: " + util::printable(util::join(places, ", "));
            out.add(view, uses.front().target, uses.front().location, message,
                    "define " + util::printable(name) +
                        " under [settings], [configurations.<name>.settings] or the component's settings (when "
                        "the project takes it from an xcconfig file the repository does not hold, give its value "
                        "there)");
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
