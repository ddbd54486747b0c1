#include "support/pbx_graph.hpp"

#include <charconv>

#include "load/xcode/pbxproj.hpp"
#include "support/paths.hpp"
#include "util/diagnostics.hpp"

namespace axg::test {

const GraphTarget* GraphProject::find(const std::string& name) const {
    for (const auto& t : targets) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

std::optional<GraphProject> read_pbx_graph(const std::filesystem::path& pbxproj, std::string& error) {
    util::Diagnostics d;
    auto root = load::parse_pbxproj(read_text(pbxproj), pbxproj.string(), d);
    if (!root) {
        error = d.empty() ? "unparsable" : d.items().front().str();
        return std::nullopt;
    }
    const load::PbxValue* objects = root->find("objects");
    if (!objects || !objects->is_dict()) {
        error = "no objects dictionary";
        return std::nullopt;
    }
    auto object = [&](std::string_view id) { return objects->find(id); };
    auto ids = [](const load::PbxValue* list) {
        std::vector<std::string> out;
        for (std::size_t i = 0; list && list->is_array() && i < list->items.size(); ++i) {
            out.push_back(list->items[i].text);
        }
        return out;
    };
    GraphProject out;
    std::string_view version = root->string_at("objectVersion");
    std::from_chars(version.data(), version.data() + version.size(), out.object_version);
    const load::PbxValue* project = object(root->string_at("rootObject"));
    if (!project) {
        error = "no rootObject";
        return std::nullopt;
    }
    out.project_dir_path = std::string(project->string_at("projectDirPath"));

    std::map<std::string, std::string> product_owner; // productReference id -> target name
    for (const auto& id : ids(project->find("targets"))) {
        if (const auto* t = object(id); t && t->string_at("isa") == "PBXNativeTarget") {
            product_owner[std::string(t->string_at("productReference"))] = std::string(t->string_at("name"));
        }
    }
    for (const auto& id : ids(project->find("targets"))) {
        const load::PbxValue* o = object(id);
        if (!o || o->string_at("isa") != "PBXNativeTarget") {
            continue;
        }
        GraphTarget t;
        t.name = std::string(o->string_at("name"));
        t.product_type = std::string(o->string_at("productType"));
        if (const auto* product = object(o->string_at("productReference"))) {
            t.product_path = std::string(product->string_at("path"));
        }
        for (const auto& phase_id : ids(o->find("buildPhases"))) {
            const auto* phase = object(phase_id);
            if (!phase || phase->string_at("isa") != "PBXCopyFilesBuildPhase" ||
                phase->string_at("dstSubfolderSpec") != "13") {
                continue;
            }
            for (const auto& build_file_id : ids(phase->find("files"))) {
                const auto* build_file = object(build_file_id);
                std::string ref = build_file ? std::string(build_file->string_at("fileRef")) : "";
                if (const auto* file = object(ref)) {
                    std::string path(file->string_at("path"));
                    t.embedded_paths.push_back(path.empty() ? std::string(file->string_at("name")) : path);
                }
                if (auto owner = product_owner.find(ref); owner != product_owner.end()) {
                    t.embedded.push_back(owner->second);
                }
            }
        }
        for (const auto& dependency_id : ids(o->find("dependencies"))) {
            const auto* dependency = object(dependency_id);
            const auto* target = dependency ? object(dependency->string_at("target")) : nullptr;
            if (target) {
                t.dependencies.push_back(std::string(target->string_at("name")));
            }
        }
        if (const auto* list = object(o->string_at("buildConfigurationList"))) {
            for (const auto& config_id : ids(list->find("buildConfigurations"))) {
                const auto* config = object(config_id);
                const auto* settings = config ? config->find("buildSettings") : nullptr;
                if (settings && settings->is_dict()) {
                    t.keys[std::string(config->string_at("name"))] = settings->keys;
                }
            }
        }
        out.targets.push_back(std::move(t));
    }
    return out;
}

} // namespace axg::test
