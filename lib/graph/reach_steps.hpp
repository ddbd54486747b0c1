#pragma once
// The steps of a blast-radius walk (docs/threats.md#blast-radius), shared by the walk from one
// component (blast_radius.hpp) and the nearest-credential search over every component at once
// (credential_reach.hpp): who can put a message on a channel, when the receiver does not act on it
// unchecked, and when data is the compromised component's own.

#include <string>
#include <string_view>

#include "graph/contract_index.hpp"

namespace axg::graph {

// The channel's sender or one of its receivers.
bool is_endpoint(const model::Channel& channel, std::string_view component);

// Why a receiver does not act on the sender's message unchecked, or "" when it does. A control written
// "unknown" that could cut the step cuts it: the walk claims only what the declared controls prove.
std::string cut_reason(const model::Channel& channel);

// How `component` can put a message on channel `id`, or "" when it cannot: as its sender, by
// writing the store it goes through, or because the transport admits any sender.
std::string sends_via(const model::Contract& contract, std::string_view component, const std::string& id,
                      const model::Channel& channel);

// Anyone can put a message on it (a URL scheme, a universal link, the general pasteboard).
bool admits_any_sender(const model::Channel& channel);

// A store's data is `component`'s own: not credential-class, or every credential channel through it
// is addressed to (or sent by) `component`.
bool owns_store(const ContractIndex& index, const model::Store& store, std::string_view component);

std::string member_via(bool writes); // "member, writes" / "member, reads"

// What `component`, a member of the channel's store, reads of the channel's data at rest: the plaintext,
// unless the channel is AEAD-encrypted with its key in a `key_store` that `component` is not a member of
// (then ciphertext only). Its endpoints read the plaintext (they hold the key to send or receive).
bool reads_plaintext(const model::Contract& contract, const model::Channel& channel, std::string_view component);
// The most sensitive data `component` reads in store `id`: the store's effective classification, less the
// channels through it that it reads only as ciphertext.
model::Classification readable_classification(const ContractIndex& index, const model::Store& store,
                                              std::string_view component);

} // namespace axg::graph
