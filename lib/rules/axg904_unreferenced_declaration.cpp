// AXG904 unreferenced-declaration: a store or schema that no channel uses. Either a channel is
// missing from the contract (an undeclared IPC surface) or the declaration is stale. A store with one
// member is exempt: nothing is shared between components through it (an SDK's own keychain group,
// the app's private app group), yet it must be declared because the entitlement grants it.

#include <set>

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    std::set<std::string> stores;
    std::set<std::string> schemas;
    for (const auto& [id, channel] : contract.channels) {
        stores.insert(channel.store);
        stores.insert(channel.key_store); // a keychain group that holds a channel's key is in use
        schemas.insert(channel.schema);
    }
    for (const auto& [id, store] : contract.stores) {
        if (!stores.count(id) && store.members.size() >= 2) {
            out.add(model::store_target(id), store.location, "no channel uses store \"" + id + "\"",
                    "declare the channels that use it, or remove the store (and the entitlement it grants)");
        }
    }
    for (const auto& [id, schema] : contract.schemas) {
        if (!schemas.count(id)) {
            out.add(model::schema_target(id), schema.location, "no channel uses schema \"" + id + "\"",
                    "declare the channel that carries it, or remove the schema");
        }
    }
}
} // namespace

const Rule k_axg904{
    "AXG904", "unreferenced-declaration", model::Severity::Low, "governance", "A store or schema that no channel uses",
    &run};

} // namespace axg::rules
