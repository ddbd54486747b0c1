#include "model/shared_entitlements.hpp"

#include <algorithm>
#include <map>

namespace axg::model {

std::string_view signing_role(const Component& component) {
    return component.kind == ComponentKind::App ? std::string_view("app") : std::string_view(component.extension_point);
}

std::vector<SharedEntitlementsFile> shared_entitlements_files(const Contract& contract, const ConfigurationView& view) {
    std::map<std::string, SharedEntitlementsFile> by_path;
    for (const auto& [id, manifests] : view.components) { // by id, so users come out sorted
        if (!manifests.entitlements || !contract.component(id)) {
            continue;
        }
        auto& file = by_path[manifests.entitlements->path];
        file.path = manifests.entitlements->path;
        file.users.push_back(id);
    }
    std::vector<SharedEntitlementsFile> out;
    for (auto& [path, file] : by_path) {
        auto app = std::find_if(file.users.begin(), file.users.end(), [&](const std::string& id) {
            return contract.component(id)->kind == ComponentKind::App;
        });
        std::string_view owner_role = signing_role(*contract.component(app != file.users.end() ? *app : file.users[0]));
        auto gainer = std::find_if(file.users.begin(), file.users.end(), [&](const std::string& id) {
            return signing_role(*contract.component(id)) != owner_role;
        });
        if (gainer == file.users.end()) {
            continue; // one role: the components need the same privileges
        }
        file.gainer = *gainer;
        out.push_back(std::move(file));
    }
    return out;
}

} // namespace axg::model
