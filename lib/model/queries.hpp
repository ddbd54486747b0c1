#pragma once
// Questions about the model that several rules ask: kept here so rules do not copy each other.

#include <map>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "model/extension_points.hpp"
#include "model/manifest.hpp"

namespace axg::model {

std::string component_target(std::string_view id);
std::string store_target(std::string_view id);
std::string channel_target(std::string_view id);
std::string schema_target(std::string_view id);
std::string field_target(std::string_view schema, std::string_view field);

bool is_member(const Store& store, std::string_view component);
bool is_writer(const Store& store, std::string_view component);

// Stores of `kind` whose identifier (expanded in `view`) equals `identifier` and that list `component`.
bool store_grants(const Contract& contract, const ConfigurationView& view, StoreKind kind, std::string_view identifier,
                  std::string_view component);

// A channel's effective classification: its own, or its schema's most sensitive field if higher.
Classification effective_classification(const Contract& contract, const Channel& channel);

// The trust level of an endpoint ("@web" and other external actors are Trust::External).
// Unknown ids count as external.
Trust endpoint_trust(const Contract& contract, std::string_view endpoint);

// The stores of one configuration by (kind, expanded identifier), so that "which store gives this
// component that group?" costs a lookup, not a pass over every store (rules stay linear).
class StoreIndex {
public:
    StoreIndex(const Contract& contract, const ConfigurationView& view);
    bool grants(StoreKind kind, const std::string& identifier, std::string_view component) const;

private:
    std::map<std::pair<StoreKind, std::string>, std::vector<const Store*>> m_stores;
};

// NSExtensionPointIdentifier (or ExtensionKit's EXExtensionPointIdentifier) from an Info.plist, or nullptr.
const PlistValue* extension_point_of(const PlistValue& info_plist);

// A key of NSExtension.NSExtensionAttributes (RequestsOpenAccess, NSExtensionActivationRule …), or nullptr.
const PlistValue* extension_attribute(const PlistValue& info_plist, std::string_view key);

// The CFBundleURLSchemes values of an Info.plist.
std::vector<const PlistValue*> url_schemes_of(const PlistValue& info_plist);

} // namespace axg::model
