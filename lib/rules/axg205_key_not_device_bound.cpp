// AXG205 key-not-device-bound: an encrypted channel whose key storage is weaker than its
// classification requires (by default: credential keys are device-bound, in the Secure Enclave or
// a ThisDeviceOnly keychain item, so a backup never carries them off the device).

#include "analysis/analysis.hpp"
#include "model/entry_point.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        if (model::is_public_entry_point(channel)) {
            continue; // no sender can hold a key; AXG202 asks for an opaque reference instead
        }
        auto classification = ctx.analysis.index().classification(channel);
        auto needed = ctx.policy.requirements(classification).key_storage;
        bool keyed = channel.encryption == model::Encryption::Mac || channel.encryption == model::Encryption::Aead;
        if (!keyed || channel.key_storage == model::KeyStorage::Unknown || channel.key_storage >= needed) {
            continue;
        }
        out.add(model::channel_target(id), channel.at("key_storage"),
                "channel \"" + id + "\" keeps the key for its " +
                    std::string(model::classification_name(classification)) + " data in \"" +
                    std::string(model::key_storage_name(channel.key_storage)) + "\"; policy \"" + ctx.policy.name +
                    "\" requires \"" + std::string(model::key_storage_name(needed)) + "\" or stronger",
                "store the key as key_storage = \"" + std::string(model::key_storage_name(needed)) + "\"");
    }
}
} // namespace

const Rule k_axg205{"AXG205",
                    "key-not-device-bound",
                    model::Severity::High,
                    "encryption",
                    "A channel key stored less safely than its classification requires",
                    &run};

} // namespace axg::rules
