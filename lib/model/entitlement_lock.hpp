#pragma once
// A set of approved entitlements per component and build configuration: what appexguard.lock
// holds (docs/drift.md), or what a base revision of the project declared. Values are canonical
// strings (drift/entitlement_diff.hpp) so that two sets compare key by key, value by value.

#include <map>
#include <string>
#include <vector>

#include "util/source_location.hpp"

namespace axg::model {

struct EntitlementValue {
    std::string value;
    util::SourceLocation location;
    auto operator<=>(const EntitlementValue& other) const { return value <=> other.value; }
    bool operator==(const EntitlementValue& other) const { return value == other.value; }
};

struct LockedEntitlement {
    std::vector<EntitlementValue> values; // sorted, unique
    util::SourceLocation location;        // the key
};

using EntitlementSet = std::map<std::string, LockedEntitlement>; // by entitlement key

struct EntitlementSnapshot {
    std::string source; // for messages: "appexguard.lock", "base HEAD~1"
    util::SourceLocation location;
    // component id -> configuration name -> entitlements
    std::map<std::string, std::map<std::string, EntitlementSet>> components;
};

} // namespace axg::model
