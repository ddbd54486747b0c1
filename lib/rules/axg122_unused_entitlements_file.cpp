// AXG122 unused-entitlements-file: an .entitlements file in the project that no target signs with, in any
// configuration. Reviewers read it as the app's privileges; the build ignores it (and a later edit may wire it in).

#include "rules/registry.hpp"

namespace axg::rules {

namespace {

void run(const RuleContext& ctx, Findings& out) {
    if (!ctx.model.xcode) {
        return;
    }
    for (const auto& file : ctx.model.xcode->entitlements_files) {
        if (!file.used_by.empty()) {
            continue;
        }
        auto& f = out.add("files." + file.display, {file.display, 0, 0},
                          "no target of " + ctx.model.xcode->path + " signs with \"" + file.display +
                              "\" in any configuration",
                          "delete the file, or set CODE_SIGN_ENTITLEMENTS of the target that should use it");
        f.related.push_back(ctx.model.xcode->named_at);
    }
}

} // namespace

const Rule k_axg122{"AXG122",
                    "unused-entitlements-file",
                    model::Severity::Low,
                    "least-privilege",
                    "An .entitlements file that no target of the Xcode project uses",
                    &run};

} // namespace axg::rules
