// AXG120 extension-not-in-contract: the app the contract describes embeds an extension (per its Xcode project) that
// no component describes. That extension is a trust boundary the threat model does not know about.

#include <set>

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {

void run(const RuleContext& ctx, Findings& out) {
    if (!ctx.model.xcode) {
        return;
    }
    const model::XcodeFacts& facts = *ctx.model.xcode;
    std::set<std::string> described;
    for (const auto& [component, target] : facts.component_targets) {
        described.insert(target);
    }
    for (const auto& app : facts.targets) {
        if (!app.app || !described.count(app.name)) {
            continue; // only apps the contract describes: another app of the project is another contract's business
        }
        for (const auto& name : app.embedded) {
            if (described.count(name)) {
                continue;
            }
            const model::XcodeTargetFacts* extension = facts.target(name);
            util::SourceLocation at = extension ? extension->location : app.location;
            auto& f = out.add("xcode.targets." + name, at,
                              "the project embeds the extension \"" + name + "\" in \"" + app.name +
                                  "\", but no component of the contract describes it",
                              "add a component for \"" + name +
                                  "\" (appexguard init writes one), with its extension point, entitlements and "
                                  "Info.plist");
            f.related.push_back(facts.named_at);
        }
    }
}

} // namespace

const Rule k_axg120{"AXG120",
                    "extension-not-in-contract",
                    model::Severity::High,
                    "sandbox-segmentation",
                    "An extension the Xcode project embeds in the app that the contract does not describe",
                    &run};

} // namespace axg::rules
