#include "graph/credential_reach.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/reach_steps.hpp"
#include "model/queries.hpp"

namespace axg::graph {

namespace {
using model::Classification;

// Credential data a component sees itself: a store it belongs to, a channel through such a store,
// or a channel it sends or receives.
struct Witness {
    std::string where;
    std::optional<Step> step; // the membership step, when it sees the data through a store
};

bool before(const Witness& a, const Witness& b) {
    if (a.where != b.where) {
        return a.where < b.where;
    }
    return !a.step && b.step; // seen directly before seen through a store
}

void offer(std::optional<Witness>& best, Witness candidate) {
    if (!best || before(candidate, *best)) {
        best = std::move(candidate);
    }
}

// What `component` sees itself. As the compromised component (`as_start`) its own data does not
// count: credential stores it owns and channels addressed to it (reach_steps.hpp).
std::optional<Witness> seen(const ContractIndex& index, const std::string& component, bool as_start) {
    std::optional<Witness> best;
    for (const StoreEntry* s : index.stores_of(component)) {
        const auto& [store_id, store] = *s;
        Step step{component_node(component), store_node(store_id), member_via(model::is_writer(store, component))};
        if (readable_classification(index, store, component) == Classification::Credential &&
            !(as_start && owns_store(index, store, component))) {
            offer(best, {store_node(store_id), step});
        }
        for (const ChannelEntry* c : index.channels_through(store_id)) {
            if (index.classification(c->second) == Classification::Credential &&
                reads_plaintext(index.contract(), c->second, component) &&
                !(as_start && is_endpoint(c->second, component))) {
                offer(best, {model::channel_target(c->first), step});
            }
        }
    }
    if (!as_start) {
        for (const ChannelEntry* c : index.channels_of(component)) {
            if (c->second.payload && index.classification(c->second) == Classification::Credential) {
                offer(best, {model::channel_target(c->first), std::nullopt});
            }
        }
    }
    return best;
}

// The `where`s the compromised component sees as its own (the walk marks them own on its first visit).
std::set<std::string> own_credentials(const ContractIndex& index, const std::string& component) {
    std::set<std::string> out;
    for (const StoreEntry* s : index.stores_of(component)) {
        const auto& [store_id, store] = *s;
        if (readable_classification(index, store, component) == Classification::Credential &&
            owns_store(index, store, component)) {
            out.insert(store_node(store_id));
        }
        for (const ChannelEntry* c : index.channels_through(store_id)) {
            if (index.classification(c->second) == Classification::Credential && is_endpoint(c->second, component)) {
                out.insert(model::channel_target(c->first));
            }
        }
    }
    for (const ChannelEntry* c : index.channels_of(component)) {
        if (c->second.payload && index.classification(c->second) == Classification::Credential) {
            out.insert(model::channel_target(c->first));
        }
    }
    return out;
}

// A control step: `to` acts unchecked on what `from` puts on `channel`.
struct Edge {
    const std::string* from;
    const ChannelEntry* channel;
};

class Search {
public:
    explicit Search(const ContractIndex& index) : m_index(index), m_contract(index.contract()) {
        build_edges();
        label_layers();
    }

    std::optional<Exposure> nearest(const std::string& start) const {
        std::size_t best_hops = 0;
        if (auto w = seen(m_index, start, true)) {
            return exposure({}, *w);
        }
        // One step to a receiver that `start` controls, then that receiver's nearest credential data.
        const std::string* via_receiver = nullptr;
        const ChannelEntry* via_channel = nullptr;
        auto consider = [&](const std::string& receiver, const ChannelEntry* channel) {
            auto it = m_labels.find(receiver);
            if (receiver == start || it == m_labels.end()) {
                return;
            }
            std::size_t hops = it->second.hops + 1;
            if (!via_receiver || hops < best_hops ||
                (hops == best_hops && it->second.where->where < m_labels.at(*via_receiver).where->where)) {
                via_receiver = &it->first;
                via_channel = channel;
                best_hops = hops;
            }
        };
        for (const ChannelEntry* c : successors_of(start)) {
            for (const auto& receiver : c->second.to) {
                consider(receiver, c);
            }
        }
        for (const auto& [receiver, channel] : m_universal) {
            if (*receiver != start) {
                consider(*receiver, channel);
                break; // sorted: the first other than `start` is the best
            }
        }
        if (!via_receiver) {
            return std::nullopt;
        }
        std::vector<Step> path{{component_node(start), component_node(*via_receiver),
                                sends_via(m_contract, start, via_channel->first, via_channel->second)}};
        const std::string* at = via_receiver;
        bool through_start = false;
        while (true) {
            const Label& label = m_labels.at(*at);
            if (label.hops == 0) {
                break;
            }
            path.push_back({component_node(*at), component_node(*label.next),
                            sends_via(m_contract, *at, label.channel->first, label.channel->second)});
            through_start = through_start || *label.next == start;
            at = label.next;
        }
        const Witness& witness = *m_labels.at(*at).where;
        if (through_start || own_credentials(m_index, start).count(witness.where)) {
            return walk(start); // the walk never passes through the start, and skips what it owns
        }
        return exposure(std::move(path), witness);
    }

private:
    struct Label {
        std::size_t hops = 0;
        const std::string* next = nullptr;     // the receiver it controls on the way, hops > 0
        const ChannelEntry* channel = nullptr; // through this channel
        const Witness* where = nullptr;        // the data at the end of the way
    };

    static Exposure exposure(std::vector<Step> path, const Witness& witness) {
        if (witness.step) {
            path.push_back(*witness.step);
        }
        return {Classification::Credential, witness.where, std::move(path), false};
    }

    // The exact answer from one walk, for the rare start whose search answer passes through it or
    // ends in data it owns.
    std::optional<Exposure> walk(const std::string& start) const {
        auto radius = blast_radius(m_index, start);
        if (!radius) {
            return std::nullopt;
        }
        const Exposure* best = nullptr;
        for (const auto& e : radius->exposures) {
            if (e.classification != Classification::Credential || e.own) {
                continue;
            }
            if (!best || control_steps(e) < control_steps(*best) ||
                (control_steps(e) == control_steps(*best) && e.where < best->where)) {
                best = &e;
            }
        }
        return best ? std::optional<Exposure>(*best) : std::nullopt;
    }

    // Channels `component` can put a message on as sender or store writer, by id.
    std::vector<const ChannelEntry*> successors_of(const std::string& component) const {
        std::vector<const ChannelEntry*> out;
        for (const ChannelEntry* c : m_index.channels_of(component)) {
            if (c->second.from == component) {
                out.push_back(c);
            }
        }
        for (const StoreEntry* s : m_index.stores_of(component)) {
            if (model::is_writer(s->second, component)) {
                auto through = m_index.channels_through(s->first);
                out.insert(out.end(), through.begin(), through.end());
            }
        }
        std::erase_if(out, [](const ChannelEntry* c) { return !cut_reason(c->second).empty(); });
        std::sort(out.begin(), out.end(),
                  [](const ChannelEntry* a, const ChannelEntry* b) { return a->first < b->first; });
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    bool is_component(const std::string& id) const {
        return !model::is_external(id) && m_contract.component(id) != nullptr;
    }

    // Reverse control steps per receiver, in channel id order; receivers any sender can reach.
    void build_edges() {
        for (const auto& entry : m_contract.channels) {
            const auto& [id, channel] = entry;
            if (!cut_reason(channel).empty()) {
                continue;
            }
            const model::Store* store = m_contract.store(channel.store);
            for (const auto& receiver : channel.to) {
                if (!is_component(receiver)) {
                    continue;
                }
                auto& into = m_predecessors[receiver];
                if (is_component(channel.from) && channel.from != receiver) {
                    into.push_back({&channel.from, &entry});
                }
                if (store) {
                    for (const auto& member : store->members) {
                        if (member != receiver && member != channel.from && model::is_writer(*store, member)) {
                            into.push_back({&member, &entry});
                        }
                    }
                }
                if (admits_any_sender(channel)) {
                    m_open.emplace(receiver, &entry); // the first (smallest id) open channel to it
                }
            }
        }
    }

    // Breadth-first from every component that sees credential data, one layer of control steps at a
    // time; each layer in (where, id) order, so the first label a component gets is its best.
    void label_layers() {
        std::vector<const std::string*> layer;
        for (const auto& [id, component] : m_contract.components) {
            if (auto w = seen(m_index, id, false)) {
                m_witnesses.push_back(std::move(*w));
                m_labels.emplace(id, Label{0, nullptr, nullptr, nullptr});
                layer.push_back(&id);
            }
        }
        for (std::size_t i = 0; i < layer.size(); ++i) {
            m_labels.at(*layer[i]).where = &m_witnesses[i];
        }
        bool everyone_labelled = false;
        for (std::size_t hops = 0; !layer.empty(); ++hops) {
            std::sort(layer.begin(), layer.end(), [&](const std::string* a, const std::string* b) {
                return std::tie(m_labels.at(*a).where->where, *a) < std::tie(m_labels.at(*b).where->where, *b);
            });
            std::vector<const std::string*> next;
            auto label = [&](const std::string& from, const std::string* receiver, const ChannelEntry* channel) {
                auto [it, inserted] =
                    m_labels.emplace(from, Label{hops + 1, receiver, channel, m_labels.at(*receiver).where});
                if (inserted) {
                    next.push_back(&it->first);
                }
            };
            for (const std::string* receiver : layer) {
                if (auto it = m_predecessors.find(*receiver); it != m_predecessors.end()) {
                    for (const auto& edge : it->second) {
                        label(*edge.from, receiver, edge.channel);
                    }
                }
                if (auto it = m_open.find(*receiver); it != m_open.end()) {
                    m_universal.emplace_back(receiver, it->second);
                    if (!everyone_labelled) {
                        everyone_labelled = true;
                        for (const auto& [id, component] : m_contract.components) {
                            if (id != *receiver) {
                                label(id, receiver, it->second);
                            }
                        }
                    }
                }
            }
            layer = std::move(next);
        }
        // m_universal is in (hops, where, id) order: layers in order, each sorted.
    }

    const ContractIndex& m_index;
    const model::Contract& m_contract;
    std::unordered_map<std::string, std::vector<Edge>> m_predecessors;
    std::map<std::string, const ChannelEntry*> m_open;
    std::vector<Witness> m_witnesses;
    std::map<std::string, Label> m_labels; // node-stable: the layers keep pointers to its keys
    std::vector<std::pair<const std::string*, const ChannelEntry*>> m_universal;
};
} // namespace

std::map<std::string, Exposure> nearest_foreign_credentials(const ContractIndex& index,
                                                            std::span<const std::string> starts) {
    std::map<std::string, Exposure> out;
    Search search(index);
    for (const auto& start : starts) {
        if (!index.contract().component(start)) {
            continue;
        }
        if (auto e = search.nearest(start)) {
            out.emplace(start, std::move(*e));
        }
    }
    return out;
}

} // namespace axg::graph
