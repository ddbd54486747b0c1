#pragma once
// Indexes over the contract that the graph analyses look things up in: the channels through each
// store, the channels each component sends or receives, the stores each component belongs to, and
// the one classification of every channel and store that every consumer shows and reasons from.
// Built once per analysis, so that a walk or a derivation costs the edges it follows, not a pass
// over every channel per step (docs/performance.md).

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/contract.hpp"

namespace axg::graph {

using ChannelEntry = std::map<std::string, model::Channel>::value_type;
using StoreEntry = std::map<std::string, model::Store>::value_type;

class ContractIndex {
public:
    explicit ContractIndex(const model::Contract& contract);

    const model::Contract& contract() const { return *m_contract; }
    // Channels whose `store` is `store`, by channel id.
    std::span<const ChannelEntry* const> channels_through(std::string_view store) const;
    // Channels that `component` sends (`from`) or receives (`to`), by channel id.
    std::span<const ChannelEntry* const> channels_of(std::string_view component) const;
    // Stores that list `component` as a member, by store id.
    std::span<const StoreEntry* const> stores_of(std::string_view component) const;

    // The effective classification (docs/contract-format.md#classification): a channel's is the
    // highest of its own and its schema fields' (model::effective_classification); a store's is the
    // highest of its own and that of every channel through it. Rules, threats, the graph's labels
    // and the blast radius all use these, never the declared value alone. Of a channel or store of this
    // contract, by object (the walks call these per edge: no lookup by id).
    model::Classification classification(const model::Channel& channel) const { return m_channel_class.at(&channel); }
    model::Classification classification(const model::Store& store) const { return m_store_class.at(&store); }
    // Some channel through the store is AEAD-encrypted with its key in a `key_store`: what a member reads of it
    // depends on the member (reach_steps.hpp, readable_classification).
    bool has_keyed_channels(const model::Store& store) const { return m_keyed_stores.count(&store) != 0; }

private:
    template <class T> using Lists = std::map<std::string, std::vector<const T*>, std::less<>>;
    template <class T> static std::span<const T* const> find(const Lists<T>& lists, std::string_view key);

    const model::Contract* m_contract;
    Lists<ChannelEntry> m_through;
    Lists<ChannelEntry> m_of;
    Lists<StoreEntry> m_stores_of;
    std::unordered_map<const model::Channel*, model::Classification> m_channel_class;
    std::unordered_map<const model::Store*, model::Classification> m_store_class;
    std::unordered_set<const model::Store*> m_keyed_stores;
};

} // namespace axg::graph
