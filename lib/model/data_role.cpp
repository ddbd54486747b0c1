#include "model/data_role.hpp"

#include "model/contract.hpp"
#include "model/enum_table.hpp"

namespace axg::model {

namespace {
constexpr EnumEntry<DataRole> k_roles[] = {
    {DataRole::Messages, "messages"},
    {DataRole::Cache, "cache"},
    {DataRole::Record, "record"},
};
} // namespace

std::string_view data_role_name(DataRole value) {
    return enum_name(k_roles, value);
}
std::optional<DataRole> parse_data_role(std::string_view name) {
    return enum_parse(k_roles, name);
}
std::vector<std::string> data_role_names() {
    return enum_names(k_roles);
}

DataRole default_data_role(StoreKind kind) {
    return kind == StoreKind::KeychainGroup ? DataRole::Record : DataRole::Messages;
}

bool holds_records(const Contract& contract, const Channel& channel) {
    const Store* store = contract.store(channel.store);
    return store && store->role == DataRole::Record;
}

} // namespace axg::model
