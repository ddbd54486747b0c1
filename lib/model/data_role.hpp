#pragma once
// What a store's data is to the app (docs/contract-format.md, `role`): the system of record (a
// password vault, the account database: kept for as long as the user keeps it), a cache (derived data
// that must expire) or messages (data in transit between components, read once and then stale).
// Retention applies to messages and caches, never to records (AXG207, the retained-message and
// kept-indefinitely threats).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/transport.hpp"

namespace axg::model {

struct Contract;
struct Channel;

enum class DataRole { Messages, Cache, Record };

std::string_view data_role_name(DataRole value);
std::optional<DataRole> parse_data_role(std::string_view name);
std::vector<std::string> data_role_names();

// The role a store has when the contract does not say: a keychain group holds records (credentials and
// keys live as long as the account), every other store messages.
DataRole default_data_role(StoreKind kind);

// The channel's data at rest is a record: it goes through a store whose role is "record".
bool holds_records(const Contract& contract, const Channel& channel);

} // namespace axg::model
