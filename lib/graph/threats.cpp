#include "graph/threats.hpp"

#include <algorithm>
#include <memory>
#include <tuple>

#include "model/queries.hpp"
#include "model/suppression.hpp"

namespace axg::graph {

namespace {
model::Trust trust_of(const Graph& graph, std::string_view endpoint) {
    const Node* n = graph.node(endpoint_node(endpoint));
    return n ? n->trust : model::Trust::Low;
}

void evaluate(const ThreatEntry& entry, const ThreatContext& context, const std::string& target,
              const std::shared_ptr<const std::string>& summary, const util::SourceLocation& location,
              std::vector<Threat>& out) {
    if (!entry.condition(context)) {
        return;
    }
    Threat t;
    t.id = std::string(entry.id) + "@" + target;
    t.entry = &entry;
    t.target = target;
    t.summary = summary;
    t.severity = std::max(entry.floor, data_impact(context.classification));
    t.location = location;
    for (std::string_view id : entry.mitigations) {
        const Mitigation* m = find_mitigation(id);
        if (m && m->applicable && !m->applicable(context)) {
            continue;
        }
        (m && m->present(context) ? t.found : t.missing).emplace_back(id);
        if (m && !m->present(context) && m->undetermined && m->undetermined(context)) {
            t.undetermined.emplace_back(id);
        }
    }
    if (entry.needs == Needs::Any) {
        t.status = t.found.empty() ? ThreatStatus::Unmitigated : ThreatStatus::Mitigated;
    } else {
        t.status = t.missing.empty() ? ThreatStatus::Mitigated
                   : t.found.empty() ? ThreatStatus::Unmitigated
                                     : ThreatStatus::Partial;
    }
    out.push_back(std::move(t));
}

bool threat_less(const Threat& a, const Threat& b) {
    return std::tie(a.target, a.entry->category, a.entry->id) < std::tie(b.target, b.entry->category, b.entry->id);
}

// The catalog's entries about one subject in (category, id) order: evaluated in that order per element, and the
// elements in target order, the threats come out sorted without a sort of the (large) threats themselves.
std::vector<const ThreatEntry*> entries_about(Subject subject) {
    std::vector<const ThreatEntry*> out;
    for (const auto& entry : threat_catalog()) {
        if (entry.subject == subject) {
            out.push_back(&entry);
        }
    }
    std::sort(out.begin(), out.end(), [](const ThreatEntry* a, const ThreatEntry* b) {
        return std::tie(a->category, a->id) < std::tie(b->category, b->id);
    });
    return out;
}
} // namespace

std::string_view threat_status_name(ThreatStatus status) {
    switch (status) {
    case ThreatStatus::Mitigated: return "mitigated";
    case ThreatStatus::Partial: return "partial";
    case ThreatStatus::Unmitigated: return "unmitigated";
    }
    return "unmitigated";
}

bool threat_is_reported(const Threat& threat) {
    return threat_unreported_reason(threat).empty();
}

std::string_view threat_unreported_reason(const Threat& threat) {
    if (threat.status == ThreatStatus::Mitigated) {
        return "it is mitigated";
    }
    if (threat.status == ThreatStatus::Partial) {
        return "it is partly mitigated";
    }
    if (threat.severity < model::Severity::Medium) {
        return "its impact is low";
    }
    if (!threat.undetermined.empty()) {
        return "a control written \"unknown\" may mitigate it";
    }
    return "";
}

std::string_view threat_shown_status(const Threat& threat) {
    return threat.accepted ? "accepted" : threat_status_name(threat.status);
}

std::pair<std::size_t, std::size_t> threats_under(std::span<const Threat> threats, std::string_view prefix) {
    auto first = std::lower_bound(threats.begin(), threats.end(), prefix,
                                  [](const Threat& t, std::string_view p) { return t.target < p; });
    auto last = first;
    while (last != threats.end() && std::string_view(last->target).starts_with(prefix)) {
        ++last;
    }
    return {static_cast<std::size_t>(first - threats.begin()), static_cast<std::size_t>(last - threats.begin())};
}

const Threat* find_threat(std::span<const Threat> threats, std::string_view id) {
    auto at = id.find('@');
    if (at == std::string_view::npos) {
        return nullptr;
    }
    std::string_view target = id.substr(at + 1);
    auto [first, last] = threats_under(threats, target);
    for (std::size_t i = first; i < last; ++i) {
        if (threats[i].id == id) {
            return &threats[i];
        }
    }
    return nullptr;
}

void accept_threats(std::vector<Threat>& threats, const std::vector<model::Suppression>& suppressions,
                    std::chrono::year_month_day today) {
    for (const auto& s : suppressions) {
        if (model::suppression_life(s, today) != model::SuppressionLife::Live) {
            continue;
        }
        // Only the threats under the suppression's target can be covered: a threat id names one target, a
        // finding target covers itself and what lies below it, which sort together.
        std::string_view under = s.target;
        if (model::is_threat_target(under)) {
            under = under.substr(under.find('@') + 1);
        }
        auto [first, last] = threats_under(threats, under);
        for (std::size_t i = first; i < last; ++i) {
            Threat& t = threats[i];
            if (!t.accepted && threat_is_reported(t) && model::suppression_covers(s, "AXG501", t.target, t.id)) {
                t.accepted = model::suppression_state(s);
            }
        }
    }
}

std::vector<Threat> derive_threats(const ContractIndex& index, const Graph& graph) {
    const model::Contract& contract = index.contract();
    static const std::vector<const ThreatEntry*> flow_entries = entries_about(Subject::Flow);
    static const std::vector<const ThreatEntry*> store_entries = entries_about(Subject::Store);
    auto flow_context = [&](const model::Channel& channel) {
        ThreatContext context{contract};
        context.channel = &channel;
        context.store = contract.store(channel.store);
        context.store_channels = index.channels_through(channel.store);
        context.sender_trust = trust_of(graph, channel.from);
        context.receiver_trust = model::Trust::External;
        for (const auto& r : channel.to) {
            context.receiver_trust = std::max(context.receiver_trust, trust_of(graph, r));
        }
        context.classification = index.classification(channel);
        return context;
    };
    auto store_context = [&](const std::string& id, const model::Store& store) {
        ThreatContext context{contract};
        context.store = &store;
        context.store_channels = index.channels_through(id);
        context.classification = index.classification(store);
        return context;
    };
    // Counted first (the conditions are cheap predicates), so that the threats, the largest result of a check on
    // a monorepo, are allocated once at their size instead of grown by doubling.
    std::size_t count = 0;
    for (const auto& [id, channel] : contract.channels) {
        ThreatContext context = flow_context(channel);
        count += std::count_if(flow_entries.begin(), flow_entries.end(),
                               [&](const ThreatEntry* e) { return e->condition(context); });
    }
    for (const auto& [id, store] : contract.stores) {
        ThreatContext context = store_context(id, store);
        count += std::count_if(store_entries.begin(), store_entries.end(),
                               [&](const ThreatEntry* e) { return e->condition(context); });
    }
    std::vector<Threat> out;
    out.reserve(count);
    for (const auto& [id, channel] : contract.channels) {
        ThreatContext context = flow_context(channel);
        auto summary = std::make_shared<const std::string>(
            "\"" + id + "\" (" + std::string(model::transport_facts(channel.transport).name) + ", " +
            std::string(model::classification_name(context.classification)) + ") from " + channel.from + " (" +
            std::string(model::trust_name(context.sender_trust)) + " trust)");
        std::string target = model::channel_target(id);
        for (const ThreatEntry* entry : flow_entries) {
            evaluate(*entry, context, target, summary, channel.location, out);
        }
    }
    for (const auto& [id, store] : contract.stores) {
        ThreatContext context = store_context(id, store);
        auto summary =
            std::make_shared<const std::string>("\"" + id + "\" (" + std::string(model::store_kind_name(store.kind)) +
                                                ", " + std::string(model::classification_name(context.classification)) +
                                                ", " + std::to_string(store.members.size()) + " members)");
        std::string target = model::store_target(id);
        for (const ThreatEntry* entry : store_entries) {
            evaluate(*entry, context, target, summary, store.location, out);
        }
    }
    if (!std::is_sorted(out.begin(), out.end(), threat_less)) {
        std::sort(out.begin(), out.end(), threat_less); // not reached while targets sort as their maps do
    }
    return out;
}

} // namespace axg::graph
