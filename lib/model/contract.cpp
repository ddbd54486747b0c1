#include "model/contract.hpp"

#include <algorithm>
#include <set>

#include "model/enum_table.hpp"

namespace axg::model {

namespace {
constexpr EnumEntry<FieldType> k_field_types[] = {
    {FieldType::String, "string"}, {FieldType::Int, "int"},   {FieldType::Float, "float"},   {FieldType::Bool, "bool"},
    {FieldType::Bytes, "bytes"},   {FieldType::Enum, "enum"}, {FieldType::Array, "array"},   {FieldType::Date, "date"},
    {FieldType::Url, "url"},       {FieldType::Uuid, "uuid"}, {FieldType::Object, "object"},
};
constexpr EnumEntry<Compatibility> k_compatibility[] = {
    {Compatibility::None, "none"},
    {Compatibility::Backward, "backward"},
    {Compatibility::Forward, "forward"},
    {Compatibility::Full, "full"},
};
constexpr EnumEntry<MigrationReaders> k_migration_readers[] = {
    {MigrationReaders::DualRead, "dual-read"},
    {MigrationReaders::UpgradeInPlace, "upgrade-in-place"},
    {MigrationReaders::Discard, "discard"},
};

template <typename Map> const typename Map::mapped_type* find_in(const Map& map, std::string_view id) {
    auto it = map.find(std::string(id));
    return it == map.end() ? nullptr : &it->second;
}
} // namespace

std::string_view field_type_name(FieldType type) {
    return enum_name(k_field_types, type);
}
std::optional<FieldType> parse_field_type(std::string_view name) {
    return enum_parse(k_field_types, name);
}
std::vector<std::string> field_type_names() {
    return enum_names(k_field_types);
}

std::string_view compatibility_name(Compatibility value) {
    return enum_name(k_compatibility, value);
}
std::optional<Compatibility> parse_compatibility(std::string_view name) {
    return enum_parse(k_compatibility, name);
}
std::vector<std::string> compatibility_names() {
    return enum_names(k_compatibility);
}

std::string_view migration_readers_name(MigrationReaders value) {
    return enum_name(k_migration_readers, value);
}
std::optional<MigrationReaders> parse_migration_readers(std::string_view name) {
    return enum_parse(k_migration_readers, name);
}
std::vector<std::string> migration_readers_names() {
    return enum_names(k_migration_readers);
}

const std::string& PerConfigValue::for_configuration(std::string_view configuration) const {
    static const std::string none;
    if (by_configuration.empty()) {
        return all;
    }
    auto it = by_configuration.find(std::string(configuration));
    return it == by_configuration.end() ? none : it->second;
}

std::vector<std::string> PerConfigValue::values() const {
    std::set<std::string> out;
    if (!all.empty()) {
        out.insert(all);
    }
    for (const auto& [configuration, value] : by_configuration) {
        if (!value.empty()) {
            out.insert(value);
        }
    }
    return {out.begin(), out.end()};
}

std::string PerConfigValue::str() const {
    if (by_configuration.empty()) {
        return all;
    }
    std::string out;
    for (const auto& [configuration, value] : by_configuration) {
        out += (out.empty() ? "" : ", ") + configuration + ": " + value;
    }
    return out;
}

Component component_in_configuration(const Component& component, std::string_view configuration) {
    Component out = component;
    out.bundle_id = PerConfigValue(component.bundle_id.for_configuration(configuration));
    if (auto it = component.configuration_settings.find(std::string(configuration));
        it != component.configuration_settings.end()) {
        for (const auto& [name, value] : it->second) {
            out.settings[name] = value;
        }
    }
    out.configuration_settings.clear();
    return out;
}

bool Contract::operator==(const Contract& other) const {
    return project == other.project && configurations == other.configurations && settings == other.settings &&
           components == other.components && stores == other.stores && schemas == other.schemas &&
           channels == other.channels && suppressions == other.suppressions;
}

const Field* Schema::find_field(std::string_view name) const {
    auto it = std::lower_bound(fields.begin(), fields.end(), name,
                               [](const Field& f, std::string_view n) { return f.id < n; });
    return it != fields.end() && it->id == name ? &*it : nullptr;
}

const Component* Contract::component(std::string_view id) const {
    return find_in(components, id);
}
const Store* Contract::store(std::string_view id) const {
    return find_in(stores, id);
}
const Schema* Contract::schema(std::string_view id) const {
    return find_in(schemas, id);
}

} // namespace axg::model
