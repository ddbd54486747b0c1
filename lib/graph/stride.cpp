#include "graph/stride.hpp"

#include <algorithm>

#include "model/controls.hpp"
#include "model/data_role.hpp"
#include "model/entry_point.hpp"
#include "model/payload_exposure.hpp"
#include "model/queries.hpp"

namespace axg::graph {

namespace {
using model::Classification;

const model::TransportFacts& facts(const ThreatContext& c) {
    return model::transport_facts(c.channel->transport);
}

bool field_bounded(const model::Field& f) {
    switch (f.type) {
    case model::FieldType::String:
    case model::FieldType::Bytes:
    case model::FieldType::Array:
    case model::FieldType::Url:
    case model::FieldType::Object: return f.max_len.has_value();
    case model::FieldType::Int:
    case model::FieldType::Float: return f.min.has_value() && f.max.has_value();
    case model::FieldType::Enum: return !f.values.empty();
    case model::FieldType::Bool:
    case model::FieldType::Date:
    case model::FieldType::Uuid: return true;
    }
    return false;
}

std::vector<std::string_view> writers(const model::Store& store) {
    std::vector<std::string_view> out;
    for (const auto& m : store.members) {
        if (model::is_writer(store, m)) {
            out.push_back(m);
        }
    }
    return out;
}

// --- mitigations ---------------------------------------------------------------------------
bool sender_auth(const ThreatContext& c) {
    return model::is_authenticated(c.channel->auth);
}
bool signal_only(const ThreatContext& c) {
    return !c.channel->payload && c.channel->rereads_state;
}
bool integrity(const ThreatContext& c) {
    return c.channel->encryption == model::Encryption::Mac || c.channel->encryption == model::Encryption::Aead;
}
bool receiver_validation(const ThreatContext& c) {
    return model::receiver_validates(c.channel->validation);
}
bool audit(const ThreatContext& c) {
    return c.channel->audit;
}
bool encryption(const ThreatContext& c) {
    return c.channel->encryption == model::Encryption::Aead;
}
bool private_transport(const ThreatContext& c) {
    return !facts(c).hijackable && !facts(c).read_by_service;
}
bool retention(const ThreatContext& c) {
    return c.channel->retention || (c.store && c.store->retention);
}
bool throttle(const ThreatContext& c) {
    return c.channel->rate_limit || c.channel->queue;
}
bool bounded_fields(const ThreatContext& c) {
    if (!c.channel->payload) {
        return true;
    }
    const model::Schema* schema = c.contract.schema(c.channel->schema);
    return schema && !schema->fields.empty() &&
           std::all_of(schema->fields.begin(), schema->fields.end(), field_bounded);
}
bool partitioned(const ThreatContext& c) {
    auto w = writers(*c.store);
    auto unpartitioned = std::count_if(w.begin(), w.end(), [&](std::string_view m) {
        return c.store->partitions.find(std::string(m)) == c.store->partitions.end();
    });
    return unpartitioned <= 1; // one owner may write the root; everyone else writes only its partition
}
bool store_protection(const ThreatContext& c) {
    return model::protection_strength(c.store->protection) >= 1;
}
bool store_retention(const ThreatContext& c) {
    if (c.store->retention) {
        return true;
    }
    return !c.store_channels.empty() &&
           std::all_of(c.store_channels.begin(), c.store_channels.end(),
                       [](const ChannelEntry* ch) { return ch->second.retention.has_value(); });
}

// A public entry point that validates what it receives and carries nothing sensitive: whoever opened it
// learns and changes nothing the receiver does not check (docs/transports.md, "Public entry points").
bool public_input(const ThreatContext& c) {
    return receiver_validation(c) &&
           (!(c.channel->payload && model::is_sensitive(c.classification)) || model::user_picked_payload(facts(c)));
}
bool public_entry(const ThreatContext& c) {
    return model::is_public_entry_point(*c.channel);
}
bool not_public_entry(const ThreatContext& c) {
    return !public_entry(c);
}
// Encrypting the payload protects something only where others see it in transit or at rest, and only where
// the sender can hold a key (not whoever opens a public entry point).
bool encryption_applies(const ThreatContext& c) {
    return !model::in_memory_private(facts(c)) && !public_entry(c);
}

bool auth_unknown(const ThreatContext& c) {
    return c.channel->auth == model::Auth::Unknown;
}
bool encryption_unknown(const ThreatContext& c) {
    return c.channel->encryption == model::Encryption::Unknown;
}
bool validation_unknown(const ThreatContext& c) {
    return c.channel->validation == model::Validation::Unknown;
}
bool protection_unknown(const ThreatContext& c) {
    return c.store->protection == model::Protection::Unknown;
}

const Mitigation k_mitigations[] = {
    {"audit", "audit = true", &audit, nullptr},
    {"bounded-fields", "a schema whose every field is bounded (max_len, min/max, enum values), or payload = false",
     &bounded_fields, nullptr},
    {"encryption", "encryption = \"aead\"", &encryption, &encryption_unknown, &encryption_applies},
    {"integrity", "encryption = \"mac\" or \"aead\"", &integrity, &encryption_unknown, &not_public_entry},
    {"partitions", "partitions for every writer but one", &partitioned, nullptr},
    {"private-transport",
     "a transport no other app can receive and no service off the device reads (not url-scheme, "
     "general-pasteboard or apns)",
     &private_transport, nullptr},
    {"public-input",
     "validation = \"receiver\" or \"both\", and no sensitive data in the payload (only opaque references)",
     &public_input, &validation_unknown, &public_entry},
    {"receiver-validation", "validation = \"receiver\" or \"both\"", &receiver_validation, &validation_unknown},
    {"retention", "retention on the channel or its store", &retention, nullptr},
    {"sender-auth", "auth = \"token\", \"mutual-token\" or \"platform\"", &sender_auth, &auth_unknown,
     &not_public_entry},
    {"signal-only", "payload = false and rereads_state = true", &signal_only, nullptr},
    {"store-protection", "protection stronger than \"none\"", &store_protection, &protection_unknown},
    {"store-retention", "retention on the store, or on every channel through it", &store_retention, nullptr},
    {"throttle", "rate_limit or queue", &throttle, nullptr},
};

// --- conditions ----------------------------------------------------------------------------
bool no_sender_identity(const ThreatContext& c) {
    return !model::identifies_sender(facts(c));
}
bool forgeable_payload(const ThreatContext& c) {
    return c.channel->payload && (facts(c).at_rest || !model::identifies_sender(facts(c)));
}
// Repudiation matters where the receiver acts for a less trusted sender: a flow among equals (the host
// app sharing its own keychain items with its extensions) has no one to deny anything to. Sensitive data
// that is not audited is AXG210's business.
bool needs_accountability(const ThreatContext& c) {
    return c.crosses_up();
}
bool sensitive_payload(const ThreatContext& c) {
    return c.channel->payload && model::is_sensitive(c.classification);
}
// Records (a vault, the account database) stay by design; retention is for messages and caches.
bool sensitive_at_rest(const ThreatContext& c) {
    return facts(c).at_rest && sensitive_payload(c) && !model::holds_records(c.contract, *c.channel);
}
bool floodable(const ThreatContext& c) {
    if (model::is_public_entry_point(*c.channel)) {
        return model::costs_on_delivery(*c.channel); // opening it again only redraws
    }
    return c.crosses_up() || facts(c).senders != model::SenderReach::TeamMembers;
}
bool crosses_up(const ThreatContext& c) {
    return c.crosses_up();
}
bool shared_writable(const ThreatContext& c) {
    return c.store->kind != model::StoreKind::KeychainGroup && writers(*c.store).size() >= 2;
}
bool sensitive_store(const ThreatContext& c) {
    return model::is_sensitive(c.classification);
}
bool sensitive_transient_store(const ThreatContext& c) {
    return sensitive_store(c) && c.store->role != model::DataRole::Record;
}

constexpr std::string_view k_spoof[] = {"public-input", "sender-auth", "signal-only"};
constexpr std::string_view k_tamper[] = {"integrity", "receiver-validation"};
constexpr std::string_view k_repudiate[] = {"audit"};
constexpr std::string_view k_disclose[] = {"encryption", "private-transport"};
constexpr std::string_view k_retain[] = {"retention"};
constexpr std::string_view k_flood[] = {"throttle", "bounded-fields"};
constexpr std::string_view k_elevate[] = {"receiver-validation", "sender-auth"};
constexpr std::string_view k_rewrite[] = {"partitions"};
constexpr std::string_view k_locked[] = {"store-protection"};
constexpr std::string_view k_kept[] = {"store-retention"};

using model::Severity;
const ThreatEntry k_catalog[] = {
    {"spoofed-sender", Stride::Spoofing, Subject::Flow, "Spoofed sender",
     "the transport tells the receiver nothing about who sent the message", &no_sender_identity, k_spoof, Needs::Any,
     Severity::Low},
    {"tampered-message", Stride::Tampering, Subject::Flow, "Tampered message",
     "the message rests where others can rewrite it, or arrives with no sender identity", &forgeable_payload, k_tamper,
     Needs::All, Severity::Low},
    {"repudiated-message", Stride::Repudiation, Subject::Flow, "Repudiated message",
     "the flow crosses from a less trusted sender to a more trusted receiver", &needs_accountability, k_repudiate,
     Needs::All, Severity::Low},
    {"disclosed-message", Stride::InformationDisclosure, Subject::Flow, "Disclosed message",
     "the flow carries sensitive data", &sensitive_payload, k_disclose, Needs::All, Severity::Low},
    {"retained-message", Stride::InformationDisclosure, Subject::Flow, "Message kept after use",
     "sensitive data persists after delivery", &sensitive_at_rest, k_retain, Needs::Any, Severity::Low},
    {"flooded-receiver", Stride::DenialOfService, Subject::Flow, "Flooded receiver",
     "a less trusted sender, or anyone the transport admits, can send at will", &floodable, k_flood, Needs::All,
     Severity::Low},
    {"elevated-by-input", Stride::ElevationOfPrivilege, Subject::Flow, "Privilege gained through input",
     "the flow crosses from a less trusted sender to a more trusted receiver", &crosses_up, k_elevate, Needs::All,
     Severity::Medium},
    {"rewritten-by-member", Stride::Tampering, Subject::Store, "Shared files rewritten by another member",
     "several members may write the store, and any of them can rewrite the others' files", &shared_writable, k_rewrite,
     Needs::All, Severity::Low},
    {"readable-while-locked", Stride::InformationDisclosure, Subject::Store, "Readable without protection",
     "the store holds sensitive data", &sensitive_store, k_locked, Needs::All, Severity::Low},
    {"kept-indefinitely", Stride::InformationDisclosure, Subject::Store, "Kept indefinitely",
     "the store holds sensitive messages or caches at rest", &sensitive_transient_store, k_kept, Needs::Any,
     Severity::Low},
};
} // namespace

std::string_view stride_name(Stride category) {
    switch (category) {
    case Stride::Spoofing: return "spoofing";
    case Stride::Tampering: return "tampering";
    case Stride::Repudiation: return "repudiation";
    case Stride::InformationDisclosure: return "information-disclosure";
    case Stride::DenialOfService: return "denial-of-service";
    case Stride::ElevationOfPrivilege: return "elevation-of-privilege";
    }
    return "spoofing";
}

char stride_letter(Stride category) {
    return "STRIDE"[static_cast<int>(category)];
}

std::string_view subject_name(Subject subject) {
    return subject == Subject::Flow ? "flow" : "store";
}

std::span<const ThreatEntry> threat_catalog() {
    return k_catalog;
}
std::span<const Mitigation> mitigations() {
    return k_mitigations;
}

const Mitigation* find_mitigation(std::string_view id) {
    for (const auto& m : k_mitigations) {
        if (m.id == id) {
            return &m;
        }
    }
    return nullptr;
}

model::Severity data_impact(model::Classification classification) {
    switch (classification) {
    case Classification::Public:
    case Classification::Internal: return Severity::Low;
    case Classification::Identifier: return Severity::Medium;
    case Classification::Personal:
    case Classification::Sensitive: return Severity::High;
    case Classification::Credential: return Severity::Critical;
    }
    return Severity::Low;
}

} // namespace axg::graph
