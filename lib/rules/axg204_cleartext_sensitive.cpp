// AXG204 cleartext-sensitive: data whose classification the policy requires to be encrypted
// travels or rests with weaker encryption (by default: personal data and above need AEAD). Not on
// transports that hand the payload from process to process through the kernel (xpc, native messaging,
// a share sheet's items: model/payload_exposure.hpp), where no one else sees it to begin with.

#include "analysis/analysis.hpp"
#include "model/entry_point.hpp"
#include "model/payload_exposure.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        if (model::is_public_entry_point(channel) ||
            model::in_memory_private(model::transport_facts(channel.transport))) {
            continue; // no sender can hold a key (AXG202 asks for an opaque reference), or nothing sees it in transit
        }
        auto classification = ctx.analysis.index().classification(channel);
        auto needed = ctx.policy.requirements(classification).encryption;
        if (!channel.payload || channel.encryption == model::Encryption::Unknown || channel.encryption >= needed) {
            continue;
        }
        out.add(model::channel_target(id), channel.at("encryption"),
                "channel \"" + id + "\" carries " + std::string(model::classification_name(classification)) +
                    " data with encryption = \"" + std::string(model::encryption_name(channel.encryption)) +
                    "\"; policy \"" + ctx.policy.name + "\" requires \"" + std::string(model::encryption_name(needed)) +
                    "\"",
                "encrypt the payload (encryption = \"" + std::string(model::encryption_name(needed)) +
                    "\") with a key from the keychain");
    }
}
} // namespace

const Rule k_axg204{"AXG204",
                    "cleartext-sensitive",
                    model::Severity::High,
                    "encryption",
                    "Sensitive data without the encryption the policy requires",
                    &run};

} // namespace axg::rules
