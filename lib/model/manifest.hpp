#pragma once
// The platform manifests a component points at (.entitlements, Info.plist), loaded and with
// build-setting variables expanded for one configuration.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/contract.hpp"
#include "model/path_case.hpp"
#include "model/plist.hpp"
#include "model/xcode_facts.hpp"

namespace axg::model {

struct Manifest {
    std::string path; // for messages: as the user would open it from the working directory
    bool binary = false;
    PlistValue root;
};

struct ComponentManifests {
    std::string bundle_id; // expanded
    // Setting names the bundle_id refers to that no setting defines: Xcode expands them to "" (AXG113).
    std::vector<std::string> bundle_id_undefined;
    std::optional<Manifest> entitlements;
    std::optional<Manifest> info_plist;
};

struct ConfigurationView {
    std::string name;
    bool release = true;
    std::map<std::string, ComponentManifests> components; // by component id
    std::map<std::string, std::string> store_identifiers; // store id -> identifier, expanded; stores present only
    // Store id -> setting names its identifier refers to that no setting defines (expanded to ""; AXG113).
    std::map<std::string, std::vector<std::string>> store_identifier_undefined;
    const ComponentManifests* component(const std::string& id) const;
    // The expanded identifier of a store ("" when unknown, or when the store does not exist in this configuration).
    const std::string& store_identifier(const std::string& id) const;
    // A store whose id has a value in this configuration (see PerConfigValue).
    bool has_store(const std::string& id) const { return store_identifiers.count(id) > 0; }
};

// The Info.plist keys (top level) whose values rules read, so that their build variables matter: bundle id, URL
// types, the extension's NSExtension / EXAppExtensionAttributes, ATS, queried schemes, and any key naming a group
// or keychain. Version strings and display names are left alone. AXG113 checks these; init supplies their variables.
bool is_rule_read_info_key(std::string_view key);

// A loaded project: the contract plus, per configuration checked, every component's manifests.
struct Model {
    Contract contract;
    std::vector<ConfigurationView> configurations;
    std::optional<XcodeFacts> xcode; // when [project] xcode_project names a project (load/xcode_facts_loader)
    std::vector<PathCaseMismatch> path_case_mismatches; // manifests the contract names with the wrong letter case
};

} // namespace axg::model
