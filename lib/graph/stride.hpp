#pragma once
// The STRIDE threat catalog as data (docs/threats.md): per element kind, the condition under
// which a threat applies (from transport facts, data classification and trust levels) and the
// controls that mitigate it. Threats are excluded by declared mitigations, as in MS TMT.

#include <span>
#include <string_view>

#include "graph/contract_index.hpp"
#include "model/contract.hpp"
#include "model/extension_points.hpp"
#include "model/severity.hpp"

namespace axg::graph {

enum class Stride { Spoofing, Tampering, Repudiation, InformationDisclosure, DenialOfService, ElevationOfPrivilege };
std::string_view stride_name(Stride category); // "spoofing", …
char stride_letter(Stride category);           // 'S', …

enum class Subject { Flow, Store };
std::string_view subject_name(Subject subject);

// What a catalog condition or mitigation looks at: one channel (Flow) or one store (Store).
struct ThreatContext {
    const model::Contract& contract;
    const model::Channel* channel = nullptr;                  // Flow
    const model::Store* store = nullptr;                      // Store; for a Flow, the channel's store if any
    std::span<const ChannelEntry* const> store_channels = {}; // the channels through `store`
    model::Trust sender_trust = model::Trust::High;
    model::Trust receiver_trust = model::Trust::High;                     // the most trusted receiver
    model::Classification classification = model::Classification::Public; // of the data involved
    // A flow from a less trusted sender to a more trusted receiver.
    bool crosses_up() const { return sender_trust < receiver_trust; }
};

using Predicate = bool (*)(const ThreatContext& context);

struct Mitigation {
    std::string_view id;       // "sender-auth"
    std::string_view declared; // how the contract declares it: "auth = token | mutual-token | platform"
    Predicate present;
    // True when the control it reads is written "unknown": whether it is present cannot be told yet (AXG905 asks).
    // nullptr for mitigations whose keys have no "unknown".
    Predicate undetermined;
    // False where the control cannot exist, so that a threat neither counts it found nor missing: no sender
    // can authenticate itself or sign its message on a public entry point (model/entry_point.hpp). nullptr =
    // everywhere.
    Predicate applicable = nullptr;
};

enum class Needs { Any, All }; // mitigated by any one of the mitigations, or only by all of them

struct ThreatEntry {
    std::string_view id; // stable, part of every threat ID: "spoofed-sender"
    Stride category;
    Subject subject;
    std::string_view title;   // "Spoofed sender"
    std::string_view applies; // when it applies, one sentence (docs and `threats` output)
    Predicate condition;
    std::span<const std::string_view> mitigations; // Mitigation ids
    Needs needs;
    model::Severity floor; // at least this severe whatever the data
};

std::span<const ThreatEntry> threat_catalog();
std::span<const Mitigation> mitigations();
const Mitigation* find_mitigation(std::string_view id);

// The impact of exposing data of this classification: public/internal low, identifier medium,
// personal/sensitive high, credential critical.
model::Severity data_impact(model::Classification classification);

} // namespace axg::graph
