#include "graph/blast_radius.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>

#include "model/controls.hpp"
#include "model/queries.hpp"

namespace axg::graph {

namespace {
std::string short_name(const std::string& node_id) {
    auto dot = node_id.find('.');
    return dot == std::string::npos ? node_id : node_id.substr(dot + 1);
}

// Why a receiver does not act on the sender's message unchecked, or "" when it does.
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
    return "";
}

class Walker {
public:
    Walker(const model::Contract& contract, std::string_view start) : m_contract(contract) {
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
        for (const auto& [store_id, store] : m_contract.stores) {
            if (!model::is_member(store, component)) {
                continue;
            }
            bool writes = model::is_writer(store, component);
            auto path = extend(component, {self, store_node(store_id), writes ? "member, writes" : "member, reads"});
            add_reach(store_node(store_id), ReachKind::Reads, path);
            if (writes) {
                add_reach(store_node(store_id), ReachKind::Writes, path);
            }
            // Credentials in the store are the compromised component's own only when every
            // credential channel through the store is addressed to it.
            bool own = is_start(component) && store.classification != model::Classification::Credential;
            bool any_credential = false;
            bool all_own = true;
            for (const auto& [channel_id, channel] : m_contract.channels) {
                if (channel.store != store_id || channel.classification != model::Classification::Credential) {
                    continue;
                }
                any_credential = true;
                bool endpoint = channel.from == component ||
                                std::find(channel.to.begin(), channel.to.end(), component) != channel.to.end();
                all_own = all_own && endpoint;
            }
            if (store.classification == model::Classification::Credential) {
                own = is_start(component) && any_credential && all_own;
            }
            expose(store.classification, store_node(store_id), path, own);
            for (const auto& [channel_id, channel] : m_contract.channels) {
                if (channel.store == store_id) {
                    bool endpoint = channel.from == component ||
                                    std::find(channel.to.begin(), channel.to.end(), component) != channel.to.end();
                    expose(channel.classification, model::channel_target(channel_id), path,
                           is_start(component) && endpoint);
                }
            }
        }
        for (const auto& [channel_id, channel] : m_contract.channels) {
            bool receives = std::find(channel.to.begin(), channel.to.end(), component) != channel.to.end();
            if ((receives || channel.from == component) && channel.payload) {
                auto path = m_paths.at(component);
                expose(channel.classification, model::channel_target(channel_id), path, is_start(component));
            }
            std::string via = sends_via(component, channel_id, channel);
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

    // How `component` can put a message on the channel, or "" when it cannot.
    std::string sends_via(const std::string& component, const std::string& id, const model::Channel& channel) const {
        std::string transport(model::transport_facts(channel.transport).name);
        if (channel.from == component) {
            return id + " (" + transport + ")";
        }
        if (const model::Store* store = m_contract.store(channel.store); store && model::is_writer(*store, component)) {
            return "forges " + id + " through " + channel.store + " (" + transport + ")";
        }
        if (model::transport_facts(channel.transport).senders != model::SenderReach::TeamMembers) {
            return "forges " + id + " (" + transport + " admits any sender)";
        }
        return "";
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

std::optional<BlastRadius> blast_radius(const model::Contract& contract, const Graph&, std::string_view component) {
    if (!contract.component(component)) {
        return std::nullopt;
    }
    return Walker(contract, component).run();
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
