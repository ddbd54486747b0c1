// AXG125 shared-entitlements-file: one .entitlements file signed into components of different extension points (or
// into the app and an extension). Code signing gives every target the whole file, so each of them holds the union of
// what all of them need, and a capability added for one silently reaches the others (AXG127 names the ones that do).

#include <vector>

#include "model/shared_entitlements.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {

std::string describe(const model::Contract& contract, const std::vector<std::string>& ids) {
    std::vector<std::string> parts;
    for (const auto& id : ids) {
        parts.push_back("\"" + id + "\" (" + std::string(model::signing_role(*contract.component(id))) + ")");
    }
    return util::join(parts, ", ");
}

void run(const RuleContext& ctx, Findings& out) {
    const model::Contract& contract = ctx.model.contract;
    for (const auto& view : ctx.model.configurations) {
        for (const auto& shared : model::shared_entitlements_files(contract, view)) {
            // The file reads as the app's (or the first component's); the finding sits where another one names it.
            const std::string& at = shared.gainer;
            auto& f =
                out.add(view, "files." + shared.path, contract.component(at)->at("entitlements"),
                        "\"" + shared.path + "\" is the entitlements file of " + describe(contract, shared.users) +
                            ": each is signed with every entitlement the file holds, whatever its extension "
                            "point needs",
                        "give \"" + at +
                            "\" its own entitlements file (CODE_SIGN_ENTITLEMENTS of its target) "
                            "holding only what its extension point uses, and name it in the contract");
            for (const auto& id : shared.users) {
                if (id != at) {
                    f.related.push_back(contract.component(id)->at("entitlements"));
                }
            }
        }
    }
}

} // namespace

const Rule k_axg125{"AXG125",
                    "shared-entitlements-file",
                    model::Severity::Low,
                    "least-privilege",
                    "One entitlements file signed into components of different extension points",
                    &run};

} // namespace axg::rules
