#include "graph/blast_radius.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>

#include "graph/reach_steps.hpp"
#include "model/queries.hpp"

namespace axg::graph {

namespace {
std::string short_name(const std::string& node_id) {
    auto dot = node_id.find('.');
    return dot == std::string::npos ? node_id : node_id.substr(dot + 1);
}

class Walker {
public:
    Walker(const ContractIndex& index, std::string_view start) : m_index(index), m_contract(index.contract()) {
        m_result.compromised = std::string(start);
        m_paths[std::string(start)] = {};
        m_queue.emplace_back(start);
    }

    BlastRadius run() {
        while (!m_queue.empty()) {
            std::string current = m_queue.front();
            m_queue.pop_front();
            visit(current);
        }
        sort();
        return std::move(m_result);
    }

private:
    std::vector<Step> extend(const std::string& component, Step step) const {
        auto path = m_paths.at(component);
        path.push_back(std::move(step));
        return path;
    }

    void add_reach(std::string target, ReachKind kind, std::vector<Step> path, std::string cut = "") {
        if (!m_reached.insert({target, kind}).second) {
            return;
        }
        m_result.reaches.push_back({std::move(target), kind, std::move(path), std::move(cut)});
    }

    void expose(model::Classification classification, std::string where, std::vector<Step> path, bool own) {
        if (!m_exposed.insert({where, classification}).second) {
            return;
        }
        m_result.exposures.push_back({classification, std::move(where), std::move(path), own});
    }

    bool is_start(const std::string& component) const { return component == m_result.compromised; }

    void visit(const std::string& component) {
        const std::string self = component_node(component);
        std::vector<const ChannelEntry*> candidates; // channels it may put a message on, or that address it
        for (const StoreEntry* entry : m_index.stores_of(component)) {
            const auto& [store_id, store] = *entry;
            bool writes = model::is_writer(store, component);
            auto path = extend(component, {self, store_node(store_id), member_via(writes)});
            add_reach(store_node(store_id), ReachKind::Reads, path);
            if (writes) {
                add_reach(store_node(store_id), ReachKind::Writes, path);
            }
            auto through = m_index.channels_through(store_id);
            expose(readable_classification(m_index, store, component), store_node(store_id), path,
                   is_start(component) && owns_store(m_index, store, component));
            for (const ChannelEntry* c : through) {
                const auto& [channel_id, channel] = *c;
                if (!reads_plaintext(m_contract, channel, component)) {
                    continue; // ciphertext only: the key is in a keychain group it is not entitled to
                }
                expose(m_index.classification(channel), model::channel_target(channel_id), path,
                       is_start(component) && is_endpoint(channel, component));
            }
            if (writes) {
                candidates.insert(candidates.end(), through.begin(), through.end());
            }
        }
        auto own = m_index.channels_of(component);
        candidates.insert(candidates.end(), own.begin(), own.end());
        if (is_start(component)) {
            // Any component can forge these, so the first visit has followed them for all the others.
            for (const auto& entry : m_contract.channels) {
                if (admits_any_sender(entry.second)) {
                    candidates.push_back(&entry);
                }
            }
        }
        std::sort(candidates.begin(), candidates.end(),
                  [](const ChannelEntry* a, const ChannelEntry* b) { return a->first < b->first; });
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (const ChannelEntry* c : candidates) {
            const auto& [channel_id, channel] = *c;
            if (is_endpoint(channel, component) && channel.payload) {
                expose(m_index.classification(channel), model::channel_target(channel_id), m_paths.at(component),
                       is_start(component));
            }
            std::string via = sends_via(m_contract, component, channel_id, channel);
            if (via.empty()) {
                continue;
            }
            for (const auto& receiver : channel.to) {
                if (model::is_external(receiver) || !m_contract.component(receiver) || receiver == component) {
                    continue;
                }
                auto path = extend(component, {self, component_node(receiver), via});
                std::string cut = cut_reason(channel);
                if (!cut.empty()) {
                    add_reach(component_node(receiver), ReachKind::Feeds, path, cut);
                    continue;
                }
                if (!m_paths.count(receiver)) {
                    m_paths[receiver] = path;
                    add_reach(component_node(receiver), ReachKind::Controls, path);
                    m_queue.push_back(receiver);
                }
            }
        }
    }

    void sort() {
        auto& r = m_result.reaches;
        std::sort(r.begin(), r.end(), [](const Reach& a, const Reach& b) {
            return std::tie(a.kind, a.target) < std::tie(b.kind, b.target);
        });
        // A receiver both fed (cut) and controlled by another path is listed as controlled only.
        r.erase(
            std::remove_if(r.begin(), r.end(),
                           [&](const Reach& x) {
                               return x.kind == ReachKind::Feeds && m_reached.count({x.target, ReachKind::Controls});
                           }),
            r.end());
        auto& e = m_result.exposures;
        std::sort(e.begin(), e.end(), [](const Exposure& a, const Exposure& b) {
            return std::make_tuple(b.classification, a.where, a.path.size()) <
                   std::make_tuple(a.classification, b.where, b.path.size());
        });
    }

    const ContractIndex& m_index;
    const model::Contract& m_contract;
    BlastRadius m_result;
    std::map<std::string, std::vector<Step>> m_paths; // controlled component -> path
    std::deque<std::string> m_queue;
    std::set<std::pair<std::string, ReachKind>> m_reached;
    std::set<std::pair<std::string, model::Classification>> m_exposed;
};
} // namespace

std::string_view reach_kind_name(ReachKind kind) {
    switch (kind) {
    case ReachKind::Controls: return "controls";
    case ReachKind::Feeds: return "feeds";
    case ReachKind::Writes: return "writes";
    case ReachKind::Reads: return "reads";
    }
    return "reads";
}

model::Classification BlastRadius::worst() const {
    model::Classification w = model::Classification::Public;
    for (const auto& e : exposures) {
        w = std::max(w, e.classification);
    }
    return w;
}

const Reach* BlastRadius::find(std::string_view target, ReachKind kind) const {
    for (const auto& r : reaches) {
        if (r.target == target && r.kind == kind) {
            return &r;
        }
    }
    return nullptr;
}

std::optional<BlastRadius> blast_radius(const ContractIndex& index, std::string_view component) {
    if (!index.contract().component(component)) {
        return std::nullopt;
    }
    return Walker(index, component).run();
}

std::size_t control_steps(const Exposure& exposure) {
    const auto& path = exposure.path;
    return path.size() - (!path.empty() && path.back().to.starts_with("stores.") ? 1 : 0);
}

std::string format_path(const std::vector<Step>& path) {
    if (path.empty()) {
        return "";
    }
    std::string out = short_name(path.front().from);
    for (const auto& step : path) {
        out += " -[" + step.via + "]-> " + short_name(step.to);
    }
    return out;
}

} // namespace axg::graph
