#include "graph/reach_steps.hpp"

#include <algorithm>

#include "model/controls.hpp"
#include "model/entry_point.hpp"
#include "model/queries.hpp"

namespace axg::graph {

bool is_endpoint(const model::Channel& channel, std::string_view component) {
    return channel.from == component || std::find(channel.to.begin(), channel.to.end(), component) != channel.to.end();
}

std::string cut_reason(const model::Channel& channel) {
    if (model::is_authenticated(channel.auth)) {
        return "authenticates the sender (auth = " + std::string(model::auth_name(channel.auth)) + ")";
    }
    if (!channel.payload && channel.rereads_state) {
        return "takes only a signal and re-reads authenticated state";
    }
    if (model::receiver_validates(channel.validation)) {
        return "validates the message (validation = " + std::string(model::validation_name(channel.validation)) + ")";
    }
    // A control left "unknown" may cut the step: no verdict until it is declared (AXG905 asks), as AXG501 waits.
    // On a public entry point no sender authenticates, so only validation can.
    bool auth_unknown = channel.auth == model::Auth::Unknown && !model::is_public_entry_point(channel);
    if (auth_unknown || channel.validation == model::Validation::Unknown) {
        return std::string("declares ") + (auth_unknown ? "auth" : "validation") +
               " = \"unknown\", so whether it acts unchecked is not known yet (AXG905)";
    }
    return "";
}

// Not APNs (only the holder of the push key sends) nor native messaging (only the extension's own scripts):
// a compromised component cannot put a message on those.
bool admits_any_sender(const model::Channel& channel) {
    auto senders = model::transport_facts(channel.transport).senders;
    return senders == model::SenderReach::AnyApp || senders == model::SenderReach::System;
}

std::string sends_via(const model::Contract& contract, std::string_view component, const std::string& id,
                      const model::Channel& channel) {
    std::string transport(model::transport_facts(channel.transport).name);
    if (channel.from == component) {
        return id + " (" + transport + ")";
    }
    if (const model::Store* store = contract.store(channel.store); store && model::is_writer(*store, component)) {
        return "forges " + id + " through " + channel.store + " (" + transport + ")";
    }
    if (admits_any_sender(channel)) {
        return "forges " + id + " (" + transport + " admits any sender)";
    }
    return "";
}

bool reads_plaintext(const model::Contract& contract, const model::Channel& channel, std::string_view component) {
    if (channel.encryption != model::Encryption::Aead || channel.key_store.empty() || is_endpoint(channel, component)) {
        return true;
    }
    const model::Store* keys = contract.store(channel.key_store);
    return !keys || std::find(keys->members.begin(), keys->members.end(), component) != keys->members.end();
}

model::Classification readable_classification(const ContractIndex& index, const model::Store& store,
                                              std::string_view component) {
    if (!index.has_keyed_channels(store)) {
        return index.classification(store); // every member reads all of it
    }
    model::Classification out = store.classification;
    for (const ChannelEntry* c : index.channels_through(store.id)) {
        if (reads_plaintext(index.contract(), c->second, component)) {
            out = std::max(out, index.classification(c->second));
        }
    }
    return out;
}

bool owns_store(const ContractIndex& index, const model::Store& store, std::string_view component) {
    if (index.classification(store) != model::Classification::Credential) {
        return true;
    }
    bool any_credential = false;
    for (const ChannelEntry* c : index.channels_through(store.id)) {
        if (index.classification(c->second) != model::Classification::Credential) {
            continue;
        }
        any_credential = true;
        if (!is_endpoint(c->second, component)) {
            return false;
        }
    }
    return any_credential;
}

std::string member_via(bool writes) {
    return writes ? "member, writes" : "member, reads";
}

} // namespace axg::graph
