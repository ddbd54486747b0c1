#include "model/entitlements.hpp"

namespace axg::model::entitlement {

const PlistEntry* entry(const ComponentManifests& manifests, std::string_view key) {
    if (!manifests.entitlements) {
        return nullptr;
    }
    return manifests.entitlements->root.find_entry(key);
}

std::vector<const PlistValue*> values(const ComponentManifests& manifests, std::string_view key) {
    const PlistEntry* e = entry(manifests, key);
    return e ? e->value.strings() : std::vector<const PlistValue*>{};
}

} // namespace axg::model::entitlement
