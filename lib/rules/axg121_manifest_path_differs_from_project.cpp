// AXG121 manifest-path-differs-from-project: a component's entitlements or Info.plist in the contract is not the
// file the Xcode project signs or bundles for that target in that configuration, so every rule checks a file the
// build never uses.

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {

void compare(const model::ConfigurationView& view, const model::XcodeFacts& facts, const std::string& id,
             const model::PerConfigValue& declared, const std::map<std::string, std::string>& built,
             std::string_view what, std::string_view setting, const model::Component& component, Findings& out) {
    auto it = built.find(view.name);
    if (it == built.end()) {
        return; // the project has no configuration of that name
    }
    const std::string& project_path = it->second;
    if (project_path.empty() && what == "Info.plist") {
        return; // a generated Info.plist (GENERATE_INFOPLIST_FILE): nothing to compare
    }
    const std::string& relative = declared.for_configuration(view.name);
    std::string contract_path = facts.absolute(relative);
    if (contract_path == project_path || (relative.empty() && facts.absent_files.count(project_path))) {
        return; // the same file, or the project's is not in the repository: nothing to point the contract at
    }
    std::string have = relative.empty() ? "no " + std::string(what) : "\"" + relative + "\"";
    std::string want = project_path.empty() ? "none (" + std::string(setting) + " is empty)"
                                            : "\"" + facts.relative(project_path) + "\"";
    const model::XcodeTargetFacts* target = facts.target_of_component(id);
    auto& f = out.add(view, model::component_target(id), relative.empty() ? component.location : declared.location,
                      "component \"" + id + "\" names " + have + " as its " + std::string(what) + ", but " +
                          std::string(setting) + " of target \"" + target->name + "\" is " + want,
                      "point " + std::string(what == "Info.plist" ? "info_plist" : "entitlements") + " of \"" + id +
                          "\" (for this configuration) at the file the project uses");
    f.related.push_back(target->location);
}

void run(const RuleContext& ctx, Findings& out) {
    if (!ctx.model.xcode) {
        return;
    }
    const model::XcodeFacts& facts = *ctx.model.xcode;
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, component] : ctx.model.contract.components) {
            const model::XcodeTargetFacts* target = facts.target_of_component(id);
            if (!target) {
                continue;
            }
            compare(view, facts, id, component.entitlements, target->entitlements, "entitlements",
                    "CODE_SIGN_ENTITLEMENTS", component, out);
            compare(view, facts, id, component.info_plist, target->info_plist, "Info.plist", "INFOPLIST_FILE",
                    component, out);
        }
    }
}

} // namespace

const Rule k_axg121{"AXG121",
                    "manifest-path-differs-from-project",
                    model::Severity::High,
                    "sandbox-segmentation",
                    "A component's entitlements or Info.plist is not the file its Xcode target uses",
                    &run};

} // namespace axg::rules
