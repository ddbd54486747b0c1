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
    std::optional<Manifest> entitlements;
    std::optional<Manifest> info_plist;
};

struct ConfigurationView {
    std::string name;
    bool release = true;
    std::map<std::string, ComponentManifests> components; // by component id
    std::map<std::string, std::string> store_identifiers; // store id -> identifier, expanded
    const ComponentManifests* component(const std::string& id) const;
    // The expanded identifier of a store ("" when unknown).
    const std::string& store_identifier(const std::string& id) const;
};

// A loaded project: the contract plus, per configuration checked, every component's manifests.
struct Model {
    Contract contract;
    std::vector<ConfigurationView> configurations;
    std::optional<XcodeFacts> xcode; // when [project] xcode_project names a project (load/xcode_facts_loader)
    std::vector<PathCaseMismatch> path_case_mismatches; // manifests the contract names with the wrong letter case
};

} // namespace axg::model
