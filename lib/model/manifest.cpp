#include "model/manifest.hpp"

#include <algorithm>
#include <array>

#include "util/text.hpp"

namespace axg::model {

const ComponentManifests* ConfigurationView::component(const std::string& id) const {
    auto it = components.find(id);
    return it == components.end() ? nullptr : &it->second;
}

const std::string& ConfigurationView::store_identifier(const std::string& id) const {
    static const std::string empty;
    auto it = store_identifiers.find(id);
    return it == store_identifiers.end() ? empty : it->second;
}

bool is_rule_read_info_key(std::string_view key) {
    static constexpr std::array<std::string_view, 6> keys = {
        "CFBundleIdentifier",     "CFBundleURLTypes",         "NSExtension",
        "NSAppTransportSecurity", "EXAppExtensionAttributes", "LSApplicationQueriesSchemes"};
    return std::find(keys.begin(), keys.end(), key) != keys.end() || util::contains_ci(key, "group") ||
           util::contains_ci(key, "keychain");
}

} // namespace axg::model
