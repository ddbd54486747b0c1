#include "load/xcode/pbx_objects.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

namespace axg::load {

namespace {

constexpr int k_max_group_depth = 64;

// Where a copy-files phase puts an extension: 13 = PlugIns (what Xcode's "Embed App Extensions" writes);
// 16 (products directory) + $(EXTENSIONS_FOLDER_PATH) = ExtensionKit's Extensions; anything else is unusual but
// still copies the extension into the app.
EmbedKind destination_kind(const PbxValue& phase) {
    std::string_view spec = phase.string_at("dstSubfolderSpec");
    std::string_view named = phase.string_at("dstSubfolder"); // newer spelling
    std::string_view path = phase.string_at("dstPath");
    if (spec == "13" || named == "PlugIns") {
        return EmbedKind::PlugIns;
    }
    if (named == "Extensions" || named == "ExtensionKitExtensions" ||
        (spec == "16" && path.find("EXTENSIONS_FOLDER_PATH") != std::string_view::npos)) {
        return EmbedKind::Extensions;
    }
    return EmbedKind::OtherCopyPhase;
}

std::string phase_detail(const PbxValue& phase, std::string_view fallback) {
    std::string name(phase.string_at("name"));
    std::string out = "\"" + (name.empty() ? std::string(fallback) : name) + "\"";
    if (std::string_view path = phase.string_at("dstPath"); !path.empty()) {
        out += " to " + std::string(path);
    }
    return out;
}

std::string join_array(const PbxValue& array) {
    std::string out;
    for (const PbxValue& item : array.items) {
        if (!item.is_string()) {
            continue;
        }
        if (!out.empty()) {
            out += ' ';
        }
        bool quote = item.text.find_first_of(" \t") != std::string::npos;
        out += quote ? "\"" + item.text + "\"" : item.text;
    }
    return out;
}

class Reader {
public:
    Reader(const PbxValue& root, std::string_view path, util::Diagnostics& diagnostics)
        : m_root(root), m_path(path), m_diagnostics(diagnostics) {}

    std::optional<PbxProject> read() {
        const PbxValue* objects = m_root.find("objects");
        if (objects == nullptr || !objects->is_dict()) {
            error(m_root, "no 'objects' dictionary");
            return std::nullopt;
        }
        for (std::size_t i = 0; i < objects->keys.size(); ++i) {
            m_objects[objects->keys[i]] = &objects->items[i];
        }
        index_groups();

        const PbxValue* project = object(std::string(m_root.string_at("rootObject")));
        if (project == nullptr || project->string_at("isa") != "PBXProject") {
            project = nullptr;
            for (const auto& [id, value] : m_objects) {
                if (value->is_dict() && value->string_at("isa") == "PBXProject") {
                    project = value;
                    break;
                }
            }
        }
        if (project == nullptr) {
            error(m_root, "no PBXProject object (rootObject is missing or dangling)");
            return std::nullopt;
        }

        PbxProject out;
        out.path = m_path;
        out.object_version = std::atoi(std::string(m_root.string_at("objectVersion")).c_str());
        out.project_dir_path = project->string_at("projectDirPath");
        out.configurations = read_configuration_list(*project);

        // Product file reference id -> target name, to recognise embedded products.
        std::vector<std::pair<std::string, const PbxValue*>> target_values;
        if (const PbxValue* targets = project->find("targets"); targets != nullptr && targets->is_array()) {
            for (const PbxValue& ref : targets->items) {
                const PbxValue* target = resolve(ref, "target");
                if (target != nullptr) {
                    target_values.emplace_back(ref.text, target);
                    std::string name(target->string_at("name"));
                    m_target_names[ref.text] = name;
                    m_product_types[name] = std::string(target->string_at("productType"));
                    if (std::string_view product = target->string_at("productReference"); !product.empty()) {
                        m_product_to_target[std::string(product)] = name;
                        if (const PbxValue* file = object(std::string(product))) {
                            m_product_files[name] =
                                std::filesystem::path(std::string(file->string_at("path"))).filename().string();
                        }
                    }
                }
            }
        }
        for (const auto& [id, target] : target_values) {
            out.targets.push_back(read_target(id, *target));
        }
        embed_dependencies(out.targets);
        return out;
    }

private:
    void error(const PbxValue& at, std::string message) {
        m_diagnostics.error({m_path, at.line, at.column}, std::move(message));
    }

    const PbxValue* object(const std::string& id) const {
        auto found = m_objects.find(id);
        return found == m_objects.end() || !found->second->is_dict() ? nullptr : found->second;
    }

    // Looks up the object named by a reference value; reports a dangling reference.
    const PbxValue* resolve(const PbxValue& ref, std::string_view what) {
        if (!ref.is_string()) {
            error(ref, "expected an object id for " + std::string(what));
            return nullptr;
        }
        const PbxValue* found = object(ref.text);
        if (found == nullptr) {
            error(ref, "dangling reference: no object with id '" + ref.text + "' (" + std::string(what) + ")");
        }
        return found;
    }

    void index_groups() {
        for (const auto& [id, value] : m_objects) {
            if (!value->is_dict()) {
                continue;
            }
            const PbxValue* children = value->find("children");
            if (children == nullptr || !children->is_array()) {
                continue;
            }
            for (const PbxValue& child : children->items) {
                if (child.is_string()) {
                    m_parent.emplace(child.text, id);
                }
            }
        }
    }

    // The path of a file reference or group relative to the source root, or nullopt when it is relative to a
    // build-time location (BUILT_PRODUCTS_DIR, SDKROOT, ...) or the group tree is broken.
    std::optional<std::filesystem::path> path_of(const std::string& id, int depth = 0) const {
        const PbxValue* value = object(id);
        if (value == nullptr || depth > k_max_group_depth) {
            return std::nullopt;
        }
        std::filesystem::path own(std::string(value->string_at("path")));
        std::string_view tree = value->string_at("sourceTree");
        if (tree == "SOURCE_ROOT" || tree == "<absolute>") {
            return own;
        }
        if (tree != "<group>" && !tree.empty()) {
            return std::nullopt;
        }
        auto parent = m_parent.find(id);
        if (parent == m_parent.end()) {
            return own; // the main group: relative to the source root
        }
        std::optional<std::filesystem::path> base = path_of(parent->second, depth + 1);
        if (!base) {
            return std::nullopt;
        }
        return *base / own;
    }

    static std::optional<std::string> normal(const std::optional<std::filesystem::path>& path) {
        if (!path) {
            return std::nullopt;
        }
        std::string text = path->lexically_normal().generic_string();
        if (text.empty() || text == ".") {
            return std::nullopt;
        }
        return text;
    }

    PbxBuildConfiguration read_configuration(const std::string& id, const PbxValue& value) {
        PbxBuildConfiguration out;
        out.id = id;
        out.name = value.string_at("name");
        out.location = {m_path, value.line, value.column};
        if (const PbxValue* settings = value.find("buildSettings"); settings != nullptr && settings->is_dict()) {
            for (std::size_t i = 0; i < settings->keys.size(); ++i) {
                const PbxValue& setting = settings->items[i];
                SplitKey key = split_setting_key(settings->keys[i]);
                if (!key.error.empty()) {
                    key.key = settings->keys[i];
                    key.conditions.clear();
                }
                std::string text;
                if (setting.is_string()) {
                    text = setting.text;
                } else if (setting.is_array()) {
                    text = join_array(setting);
                } else {
                    continue;
                }
                util::SourceLocation location{m_path, setting.line, setting.column};
                out.build_settings.push_back(
                    {std::move(key.key), std::move(key.conditions), std::move(text), std::move(location)});
            }
            order_as_dictionary(out.build_settings);
        }
        if (std::string_view ref = value.string_at("baseConfigurationReference"); !ref.empty()) {
            out.base_configuration = normal(path_of(std::string(ref)));
        } else if (std::string_view anchor = value.string_at("baseConfigurationReferenceAnchor"); !anchor.empty()) {
            std::optional<std::filesystem::path> base = path_of(std::string(anchor));
            if (base) {
                *base /= std::string(value.string_at("baseConfigurationReferenceRelativePath"));
            }
            out.base_configuration = normal(base);
        }
        return out;
    }

    std::vector<PbxBuildConfiguration> read_configuration_list(const PbxValue& owner) {
        std::vector<PbxBuildConfiguration> out;
        const PbxValue* ref = owner.find("buildConfigurationList");
        if (ref == nullptr) {
            return out;
        }
        const PbxValue* list = resolve(*ref, "buildConfigurationList");
        if (list == nullptr) {
            return out;
        }
        const PbxValue* configurations = list->find("buildConfigurations");
        if (configurations == nullptr || !configurations->is_array()) {
            return out;
        }
        for (const PbxValue& item : configurations->items) {
            if (const PbxValue* configuration = resolve(item, "build configuration")) {
                out.push_back(read_configuration(item.text, *configuration));
            }
        }
        return out;
    }

    PbxTarget read_target(const std::string& id, const PbxValue& value) {
        PbxTarget out;
        out.id = id;
        out.name = value.string_at("name");
        out.product_type = value.string_at("productType");
        out.location = {m_path, value.line, value.column};
        out.configurations = read_configuration_list(value);
        if (const PbxValue* dependencies = value.find("dependencies"); dependencies != nullptr) {
            for (const PbxValue& ref : dependencies->items) {
                const PbxValue* dependency = resolve(ref, "dependency");
                if (dependency == nullptr) {
                    continue;
                }
                std::string name(dependency->string_at("name"));
                if (auto target = m_target_names.find(std::string(dependency->string_at("target")));
                    target != m_target_names.end()) {
                    name = target->second;
                }
                if (!name.empty()) {
                    out.dependencies.push_back(std::move(name));
                }
            }
        }
        if (const PbxValue* phases = value.find("buildPhases"); phases != nullptr) {
            for (const PbxValue& ref : phases->items) {
                const PbxValue* phase = resolve(ref, "build phase");
                if (phase == nullptr) {
                    continue;
                }
                std::string_view isa = phase->string_at("isa");
                if (isa == "PBXShellScriptBuildPhase") {
                    m_scripts[out.name].emplace_back(phase_detail(*phase, "Run Script"),
                                                     std::string(phase->string_at("shellScript")));
                    continue;
                }
                if (isa != "PBXCopyFilesBuildPhase") {
                    continue;
                }
                const PbxValue* files = phase->find("files");
                for (const PbxValue& file_ref : files != nullptr ? files->items : std::vector<PbxValue>()) {
                    const PbxValue* build_file = resolve(file_ref, "build file");
                    if (build_file == nullptr) {
                        continue;
                    }
                    auto product = m_product_to_target.find(std::string(build_file->string_at("fileRef")));
                    if (product != m_product_to_target.end()) {
                        add_copied(out, product->second, *phase);
                    }
                }
            }
        }
        return out;
    }

    // Frameworks, bundles, XPC services, login items and system extensions are copied too; only extensions, App
    // Clips and watch content are embeddings.
    void add_copied(PbxTarget& out, const std::string& name, const PbxValue& phase) {
        const std::string& type = m_product_types[name];
        EmbedKind kind = destination_kind(phase);
        if (is_app_clip_product(type)) {
            kind = EmbedKind::AppClip;
        } else if (is_watch_product(type) ||
                   (is_app_product(type) && phase.string_at("dstPath").find("/Watch") != std::string_view::npos)) {
            kind = EmbedKind::Watch;
        } else if (!is_extension_product(type)) {
            return;
        }
        bool seen = std::any_of(out.embeddings.begin(), out.embeddings.end(),
                                [&](const Embedding& e) { return e.target == name; });
        if (seen) {
            return;
        }
        out.embeddings.push_back({name, kind, phase_detail(phase, "Copy Files")});
        if (embeds_extension(kind)) {
            out.embedded.push_back(name);
        }
    }

    // An application that depends on an extension no copy phase of the project copies still ships it, by a script
    // (named by the product file in a script phase of the app) or by a step outside the project.
    void embed_dependencies(std::vector<PbxTarget>& targets) {
        std::set<std::string> copied;
        for (const PbxTarget& target : targets) {
            for (const Embedding& embedding : target.embeddings) {
                copied.insert(embedding.target);
            }
        }
        for (PbxTarget& target : targets) {
            if (!is_app_product(target.product_type)) {
                continue;
            }
            for (const std::string& dependency : target.dependencies) {
                if (copied.count(dependency) || !is_extension_product(m_product_types[dependency]) ||
                    is_watch_product(m_product_types[dependency]) ||
                    std::find(target.embedded.begin(), target.embedded.end(), dependency) != target.embedded.end()) {
                    continue;
                }
                Embedding embedding{dependency, EmbedKind::DependencyOnly, ""};
                const std::string& product = m_product_files[dependency];
                for (const auto& [detail, script] : m_scripts[target.name]) {
                    if (!product.empty() && script.find(product) != std::string::npos) {
                        embedding.kind = EmbedKind::ScriptPhase;
                        embedding.detail = detail;
                        break;
                    }
                }
                target.embeddings.push_back(std::move(embedding));
                target.embedded.push_back(dependency);
            }
        }
    }

    const PbxValue& m_root;
    util::FileName m_path;
    util::Diagnostics& m_diagnostics;
    std::unordered_map<std::string, const PbxValue*> m_objects;
    std::unordered_map<std::string, std::string> m_parent;
    std::map<std::string, std::string> m_target_names;
    std::map<std::string, std::string> m_product_to_target;
    std::map<std::string, std::string> m_product_types; // target name -> productType
    std::map<std::string, std::string> m_product_files; // target name -> its product's file name ("Share.appex")
    // target name -> (phase description, script text) of its shell-script phases
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> m_scripts;
};

} // namespace

std::optional<PbxProject> read_pbx_project(const PbxValue& root, std::string_view path_for_messages,
                                           util::Diagnostics& diagnostics) {
    return Reader(root, path_for_messages, diagnostics).read();
}

std::optional<PbxProject> load_pbx_project(std::string_view text, std::string_view path_for_messages,
                                           util::Diagnostics& diagnostics) {
    std::optional<PbxValue> root = parse_pbxproj(text, path_for_messages, diagnostics);
    if (!root) {
        return std::nullopt;
    }
    return read_pbx_project(*root, path_for_messages, diagnostics);
}

} // namespace axg::load
