// AXG905 unknown-security-property: a control written "unknown" (as `appexguard init` writes where
// the project files cannot tell). Every other rule skips it, so it must be answered here.

#include <functional>

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void unknown(Findings& out, const std::string& target, const model::Declared& decl, std::string_view key,
             std::string_view what) {
    out.add(target, decl.at(key), std::string(what) + " \"" + decl.id + "\" leaves " + std::string(key) + " unknown",
            "find out and declare the real " + std::string(key) + "; until then no rule can check it");
}

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& [id, ch] : ctx.model.contract.channels) {
        std::string target = model::channel_target(id);
        if (ch.auth == model::Auth::Unknown) {
            unknown(out, target, ch, "auth", "channel");
        }
        if (ch.encryption == model::Encryption::Unknown) {
            unknown(out, target, ch, "encryption", "channel");
        }
        if (ch.key_storage == model::KeyStorage::Unknown) {
            unknown(out, target, ch, "key_storage", "channel");
        }
        if (ch.validation == model::Validation::Unknown) {
            unknown(out, target, ch, "validation", "channel");
        }
    }
    for (const auto& [id, store] : ctx.model.contract.stores) {
        if (store.protection == model::Protection::Unknown && store.has("protection")) {
            unknown(out, model::store_target(id), store, "protection", "store");
        }
    }
}
} // namespace

const Rule k_axg905{"AXG905",     "unknown-security-property",           model::Severity::Medium,
                    "governance", "A security control left \"unknown\"", &run};

} // namespace axg::rules
