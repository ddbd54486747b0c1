#include "graph/contract_index.hpp"

#include <algorithm>

#include "model/queries.hpp"

namespace axg::graph {

ContractIndex::ContractIndex(const model::Contract& contract) : m_contract(&contract) {
    // std::map iterates in id order, so every list is sorted by id as it is built.
    for (const auto& entry : contract.channels) {
        const model::Channel& channel = entry.second;
        m_channel_class.emplace(&channel, model::effective_classification(contract, channel));
        if (!channel.store.empty()) {
            m_through[channel.store].push_back(&entry);
        }
        m_of[channel.from].push_back(&entry);
        for (const auto& receiver : channel.to) {
            auto& list = m_of[receiver];
            if (list.empty() || list.back() != &entry) { // a channel naming its sender as a receiver too
                list.push_back(&entry);
            }
        }
    }
    for (const auto& entry : contract.stores) {
        model::Classification c = entry.second.classification;
        for (const ChannelEntry* through : channels_through(entry.first)) {
            const model::Channel& channel = through->second;
            c = std::max(c, classification(channel));
            if (channel.encryption == model::Encryption::Aead && !channel.key_store.empty()) {
                m_keyed_stores.insert(&entry.second);
            }
        }
        m_store_class.emplace(&entry.second, c);
        for (const auto& member : entry.second.members) {
            auto& list = m_stores_of[member];
            if (list.empty() || list.back() != &entry) {
                list.push_back(&entry);
            }
        }
    }
}

template <class T> std::span<const T* const> ContractIndex::find(const Lists<T>& lists, std::string_view key) {
    auto it = lists.find(key);
    return it == lists.end() ? std::span<const T* const>{} : std::span<const T* const>(it->second);
}

std::span<const ChannelEntry* const> ContractIndex::channels_through(std::string_view store) const {
    return find(m_through, store);
}

std::span<const ChannelEntry* const> ContractIndex::channels_of(std::string_view component) const {
    return find(m_of, component);
}

std::span<const StoreEntry* const> ContractIndex::stores_of(std::string_view component) const {
    return find(m_stores_of, component);
}

} // namespace axg::graph
