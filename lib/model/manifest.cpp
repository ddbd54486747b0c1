#include "model/manifest.hpp"

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

} // namespace axg::model
