#include "model/queries.hpp"

#include <algorithm>

namespace axg::model {

std::string component_target(std::string_view id) {
    return "components." + std::string(id);
}
std::string store_target(std::string_view id) {
    return "stores." + std::string(id);
}
std::string channel_target(std::string_view id) {
    return "channels." + std::string(id);
}
std::string schema_target(std::string_view id) {
    return "schemas." + std::string(id);
}
std::string field_target(std::string_view schema, std::string_view field) {
    return schema_target(schema) + ".fields." + std::string(field);
}

bool is_member(const Store& store, std::string_view component) {
    return std::find(store.members.begin(), store.members.end(), component) != store.members.end();
}

bool is_writer(const Store& store, std::string_view component) {
    return is_member(store, component) &&
           std::find(store.read_only.begin(), store.read_only.end(), component) == store.read_only.end();
}

bool store_grants(const Contract& contract, const ConfigurationView& view, StoreKind kind, std::string_view identifier,
                  std::string_view component) {
    for (const auto& [id, store] : contract.stores) {
        if (store.kind == kind && view.store_identifier(id) == identifier && is_member(store, component)) {
            return true;
        }
    }
    return false;
}

Classification effective_classification(const Contract& contract, const Channel& channel) {
    Classification out = channel.classification;
    if (const Schema* schema = contract.schema(channel.schema)) {
        for (const auto& field : schema->fields) {
            out = std::max(out, field.classification);
        }
    }
    return out;
}

Trust endpoint_trust(const Contract& contract, std::string_view endpoint) {
    const Component* component = is_external(endpoint) ? nullptr : contract.component(endpoint);
    return component ? component_trust(*component) : Trust::External;
}

StoreIndex::StoreIndex(const Contract& contract, const ConfigurationView& view) {
    for (const auto& [id, store] : contract.stores) {
        m_stores[{store.kind, view.store_identifier(id)}].push_back(&store);
    }
}

bool StoreIndex::grants(StoreKind kind, const std::string& identifier, std::string_view component) const {
    auto it = m_stores.find({kind, identifier});
    if (it == m_stores.end()) {
        return false;
    }
    return std::any_of(it->second.begin(), it->second.end(), [&](const Store* s) { return is_member(*s, component); });
}

const PlistValue* extension_point_of(const PlistValue& info_plist) {
    if (const PlistValue* ns = info_plist.find("NSExtension")) {
        if (const PlistValue* point = ns->find("NSExtensionPointIdentifier")) {
            return point;
        }
    }
    if (const PlistValue* ex = info_plist.find("EXAppExtensionAttributes")) {
        return ex->find("EXExtensionPointIdentifier");
    }
    return nullptr;
}

const PlistValue* extension_attribute(const PlistValue& info_plist, std::string_view key) {
    const PlistValue* ns = info_plist.find("NSExtension");
    const PlistValue* attributes = ns ? ns->find("NSExtensionAttributes") : nullptr;
    return attributes ? attributes->find(key) : nullptr;
}

std::vector<const PlistValue*> url_schemes_of(const PlistValue& info_plist) {
    std::vector<const PlistValue*> out;
    const PlistValue* types = info_plist.find("CFBundleURLTypes");
    if (!types || types->type != PlistValue::Type::Array) {
        return out;
    }
    for (const auto& type : types->array) {
        if (const PlistValue* schemes = type.find("CFBundleURLSchemes")) {
            for (const PlistValue* s : schemes->strings()) {
                out.push_back(s);
            }
        }
    }
    return out;
}

} // namespace axg::model
