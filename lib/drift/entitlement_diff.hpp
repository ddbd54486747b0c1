#pragma once
// Entitlements of two versions of a project compared key by key and value by value: the current
// manifests against an approved set (appexguard.lock, or the manifests at a base revision).

#include <string>
#include <vector>

#include "model/entitlement_lock.hpp"
#include "model/manifest.hpp"

namespace axg::drift {

// The canonical strings of an entitlement's value: a string as is, a bool "true"/"false", a number
// in decimal, each element of an array, and "subkey=value" for each entry of a dictionary.
std::vector<model::EntitlementValue> canonical_values(const model::PlistValue& value);

// Every key of a component's entitlements with its canonical values (empty without a file).
model::EntitlementSet entitlement_set(const model::ComponentManifests& manifests);

// The entitlements of every component in every configuration of `model`. With
// `keep_locations` false the locations are dropped: a base revision's lines would point into
// files as they are now.
model::EntitlementSnapshot snapshot(const model::Model& model, std::string source, bool keep_locations);

struct EntitlementChange {
    enum class Kind { Added, Removed };
    Kind kind = Kind::Added;
    std::string component;
    std::string configuration;
    std::string key;
    std::string value;               // "" when the whole key was added or removed
    std::vector<std::string> values; // the key's values, when the whole key changed
    bool component_unknown = false;  // the approved set has nothing for this component/configuration
    util::SourceLocation location;   // the new value (Added) or the approved one when known (Removed)
};

// Changes from `approved` to `head`, for the configurations `head` holds; sorted.
std::vector<EntitlementChange> diff_entitlements(const model::Model& head, const model::EntitlementSnapshot& approved);

// "key = value" or "key = [a, b]" for messages.
std::string describe(const EntitlementChange& change);

} // namespace axg::drift
