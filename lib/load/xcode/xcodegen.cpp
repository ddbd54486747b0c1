#include "load/xcode/xcodegen.hpp"

#include <algorithm>
#include <functional>

#include <yaml-cpp/yaml.h>

#include "util/file.hpp"

namespace axg::load {

namespace {

constexpr int k_max_spec_depth = 16;

util::SourceLocation where(const std::string& file, const YAML::Node& node) {
    YAML::Mark mark = node.Mark();
    if (mark.line < 0) {
        return {file, 0, 0};
    }
    return {file, static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(mark.column + 1)};
}

// Thrown inside this file for a node of the wrong shape; turned into a diagnostic by parse_xcodegen.
struct ShapeError {
    util::SourceLocation location;
    std::string message;
};

std::string scalar(const YAML::Node& node, const std::string& file, std::string_view what) {
    if (!node.IsScalar()) {
        throw ShapeError{where(file, node), std::string(what) + " must be a string"};
    }
    return node.Scalar();
}

void require_map(const YAML::Node& node, const std::string& file, std::string_view what) {
    if (!node.IsMap()) {
        throw ShapeError{where(file, node), std::string(what) + " must be a mapping"};
    }
}

// A string or a list of strings (XcodeGen accepts both for platform, templates, groups, ...).
std::vector<std::string> scalar_list(const YAML::Node& node, const std::string& file, std::string_view what) {
    std::vector<std::string> out;
    if (!node || node.IsNull()) {
        return out;
    }
    if (node.IsSequence()) {
        for (const auto& item : node) {
            out.push_back(scalar(item, file, what));
        }
        return out;
    }
    out.push_back(scalar(node, file, what));
    return out;
}

bool is_yaml_bool(const std::string& text, bool& value) {
    static const std::string truthy[] = {"true", "True", "TRUE", "yes", "Yes", "YES"};
    static const std::string falsy[] = {"false", "False", "FALSE", "no", "No", "NO"};
    if (std::find(std::begin(truthy), std::end(truthy), text) != std::end(truthy)) {
        value = true;
        return true;
    }
    if (std::find(std::begin(falsy), std::end(falsy), text) != std::end(falsy)) {
        value = false;
        return true;
    }
    return false;
}

constexpr int k_max_properties_depth = 64;

// XcodeGen writes `properties` into a plist with the YAML types: plain booleans and integers keep their type,
// quoted scalars are strings.
model::PlistValue to_plist(const YAML::Node& node, const std::string& file, int depth = 0) {
    if (depth > k_max_properties_depth) {
        throw ShapeError{where(file, node), "properties nested too deeply"};
    }
    model::PlistValue out;
    out.location = where(file, node);
    if (node.IsMap()) {
        out.type = model::PlistValue::Type::Dict;
        for (const auto& entry : node) {
            model::PlistEntry item;
            item.key = scalar(entry.first, file, "a property name");
            item.key_location = where(file, entry.first);
            item.value = to_plist(entry.second, file, depth + 1);
            out.dict.push_back(std::move(item));
        }
    } else if (node.IsSequence()) {
        out.type = model::PlistValue::Type::Array;
        for (const auto& item : node) {
            out.array.push_back(to_plist(item, file, depth + 1));
        }
    } else if (node.IsScalar()) {
        const std::string& text = node.Scalar();
        bool plain = node.Tag() != "!";
        bool flag = false;
        if (plain && is_yaml_bool(text, flag)) {
            out.type = model::PlistValue::Type::Bool;
            out.boolean = flag;
        } else if (plain && !text.empty() && text.size() < 19 &&
                   std::all_of(text.begin() + (text[0] == '-' ? 1 : 0), text.end(),
                               [](char ch) { return ch >= '0' && ch <= '9'; }) &&
                   text != "-") {
            out.type = model::PlistValue::Type::Integer;
            out.integer = std::stoll(text);
        } else {
            out.string = text;
        }
    }
    return out;
}

// `info:` / `entitlements:`: {path: ..., properties: {...}}.
XcodeGenGeneratedPlist read_generated_plist(const YAML::Node& node, const std::string& file,
                                            const std::filesystem::path& dir, std::string_view what) {
    XcodeGenGeneratedPlist out;
    if (!node || node.IsNull()) {
        return out;
    }
    require_map(node, file, what);
    out.location = where(file, node);
    if (YAML::Node path = node["path"]) {
        out.path = (dir / scalar(path, file, std::string(what) + ".path")).lexically_normal();
    }
    if (YAML::Node properties = node["properties"]; properties && !properties.IsNull()) {
        require_map(properties, file, std::string(what) + ".properties");
        out.properties = to_plist(properties, file);
    }
    return out;
}

std::vector<SettingAssignment> read_setting_map(const YAML::Node& node, const std::string& file) {
    std::vector<SettingAssignment> out;
    if (!node || node.IsNull()) {
        return out;
    }
    require_map(node, file, "settings");
    for (const auto& entry : node) {
        std::string key_text = scalar(entry.first, file, "a setting name");
        SplitKey key = split_setting_key(key_text);
        if (!key.error.empty()) {
            throw ShapeError{where(file, entry.first), key.error};
        }
        std::string value;
        if (entry.second.IsSequence()) {
            for (const auto& item : entry.second) {
                if (!value.empty()) {
                    value += ' ';
                }
                value += scalar(item, file, "a setting list item");
            }
        } else if (!entry.second.IsNull()) {
            value = scalar(entry.second, file, "a setting value");
        }
        out.push_back({std::move(key.key), std::move(key.conditions), std::move(value), where(file, entry.second)});
    }
    order_as_dictionary(out); // XcodeGen writes the map into the pbxproj's buildSettings dictionary
    return out;
}

XcodeGenSettings read_settings(const YAML::Node& node, const std::string& file) {
    XcodeGenSettings out;
    if (!node || node.IsNull()) {
        return out;
    }
    require_map(node, file, "settings");
    if (!node["base"] && !node["configs"] && !node["groups"]) {
        out.base = read_setting_map(node, file);
        return out;
    }
    out.base = read_setting_map(node["base"], file);
    if (YAML::Node configs = node["configs"]; configs && !configs.IsNull()) {
        require_map(configs, file, "settings.configs");
        for (const auto& entry : configs) {
            out.configs[scalar(entry.first, file, "a configuration name")] = read_setting_map(entry.second, file);
        }
    }
    out.groups = scalar_list(node["groups"], file, "settings.groups");
    return out;
}

std::map<std::string, std::filesystem::path> read_config_files(const YAML::Node& node, const std::string& file,
                                                               const std::filesystem::path& dir) {
    std::map<std::string, std::filesystem::path> out;
    if (!node || node.IsNull()) {
        return out;
    }
    require_map(node, file, "configFiles");
    for (const auto& entry : node) {
        out[scalar(entry.first, file, "a configuration name")] =
            (dir / scalar(entry.second, file, "a configuration file path")).lexically_normal();
    }
    return out;
}

XcodeGenTarget read_target(const std::string& name, const YAML::Node& node, const std::string& file,
                           const std::filesystem::path& dir) {
    XcodeGenTarget out;
    out.name = name;
    out.location = where(file, node);
    require_map(node, file, "target '" + name + "'");
    if (YAML::Node type = node["type"]) {
        out.type = scalar(type, file, "type");
    }
    out.platforms = scalar_list(node["platform"], file, "platform");
    if (!out.platforms.empty()) {
        out.platform = out.platforms.front();
    }
    out.supported_destinations = scalar_list(node["supportedDestinations"], file, "supportedDestinations");
    out.templates = scalar_list(node["templates"], file, "templates");
    out.info = read_generated_plist(node["info"], file, dir, "info");
    out.entitlements = read_generated_plist(node["entitlements"], file, dir, "entitlements");
    out.config_files = read_config_files(node["configFiles"], file, dir);
    out.settings = read_settings(node["settings"], file);
    if (YAML::Node dependencies = node["dependencies"]; dependencies && !dependencies.IsNull()) {
        if (!dependencies.IsSequence()) {
            throw ShapeError{where(file, dependencies), "dependencies must be a list"};
        }
        for (const auto& dependency : dependencies) {
            require_map(dependency, file, "a dependency");
            YAML::Node target = dependency["target"];
            if (!target) {
                continue;
            }
            XcodeGenDependency entry{scalar(target, file, "target"), std::nullopt, where(file, target)};
            if (YAML::Node embed = dependency["embed"]) {
                // YAML 1.1 booleans as XcodeGen reads them; anything else is an error, not a guess.
                bool value = false;
                if (!embed.IsScalar() || !is_yaml_bool(embed.Scalar(), value)) {
                    throw ShapeError{where(file, embed), "embed must be true or false"};
                }
                entry.embed = value;
            }
            out.dependencies.push_back(std::move(entry));
        }
    }
    return out;
}

// Later assignments win when they are applied, so appending is XcodeGen's dictionary merge; a list (groups) is
// replaced, as XcodeGen merges lists.
void merge_settings(XcodeGenSettings& into, XcodeGenSettings from) {
    into.base.insert(into.base.end(), from.base.begin(), from.base.end());
    for (auto& [config, assignments] : from.configs) {
        auto& target = into.configs[config];
        target.insert(target.end(), assignments.begin(), assignments.end());
    }
    if (!from.groups.empty()) {
        into.groups = std::move(from.groups);
    }
}

void merge_plist_spec(XcodeGenGeneratedPlist& into, XcodeGenGeneratedPlist from) {
    if (!from.path.empty()) {
        into.path = std::move(from.path);
        into.location = from.location;
    }
    if (from.properties) {
        into.properties = std::move(from.properties);
    }
}

// `from` (written later, or the target over its template) over `into`.
void merge_target(XcodeGenTarget& into, XcodeGenTarget from) {
    if (!from.type.empty()) {
        into.type = from.type;
    }
    if (!from.platforms.empty()) {
        into.platform = from.platform;
        into.platforms = std::move(from.platforms);
    }
    if (!from.supported_destinations.empty()) {
        into.supported_destinations = std::move(from.supported_destinations);
    }
    if (!from.templates.empty()) {
        into.templates = std::move(from.templates);
    }
    merge_plist_spec(into.info, std::move(from.info));
    merge_plist_spec(into.entitlements, std::move(from.entitlements));
    for (auto& [config, path] : from.config_files) {
        into.config_files[config] = path;
    }
    merge_settings(into.settings, std::move(from.settings));
    if (!from.dependencies.empty()) {
        into.dependencies = std::move(from.dependencies);
    }
    if (from.location.line != 0) {
        into.location = from.location;
    }
}

// Merges `from` (the including spec, read later) over `into` (its includes), as XcodeGen does.
void merge_spec(XcodeGenSpec& into, XcodeGenSpec from) {
    if (!from.name.empty()) {
        into.name = from.name;
    }
    for (auto& config : from.configs) {
        auto same = std::find_if(into.configs.begin(), into.configs.end(),
                                 [&](const auto& existing) { return existing.first == config.first; });
        if (same == into.configs.end()) {
            into.configs.push_back(std::move(config));
        } else {
            same->second = config.second;
        }
    }
    for (auto& [config, path] : from.config_files) {
        into.config_files[config] = path;
    }
    merge_settings(into.settings, std::move(from.settings));
    for (auto& [name, group] : from.setting_groups) {
        merge_settings(into.setting_groups[name], std::move(group));
    }
    for (auto& [name, target] : from.target_templates) {
        auto same = into.target_templates.find(name);
        if (same == into.target_templates.end()) {
            into.target_templates.emplace(name, std::move(target));
        } else {
            merge_target(same->second, std::move(target));
        }
    }
    for (XcodeGenTarget& target : from.targets) {
        auto same = std::find_if(into.targets.begin(), into.targets.end(),
                                 [&](const XcodeGenTarget& existing) { return existing.name == target.name; });
        if (same == into.targets.end()) {
            into.targets.push_back(std::move(target));
        } else {
            merge_target(*same, std::move(target));
        }
    }
    into.files.insert(into.files.end(), from.files.begin(), from.files.end());
    into.missing.insert(into.missing.end(), from.missing.begin(), from.missing.end());
}

struct SpecLoader {
    const FileReader& reader;
    util::Diagnostics& diagnostics;
    std::filesystem::path root_dir;
    std::vector<std::filesystem::path> stack;

    // `relative` is relative to root_dir.
    std::optional<XcodeGenSpec> load(const std::filesystem::path& relative, const std::string& text) {
        std::filesystem::path full = (root_dir / relative).lexically_normal();
        stack.push_back(relative);
        std::vector<std::pair<std::filesystem::path, util::SourceLocation>> includes;
        std::optional<XcodeGenSpec> own =
            parse_xcodegen(text, full.generic_string(), relative.parent_path(), diagnostics, &includes);
        if (!own) {
            stack.pop_back();
            return std::nullopt;
        }
        own->files.insert(own->files.begin(), full);
        XcodeGenSpec merged;
        for (const auto& [include, location] : includes) {
            if (std::find(stack.begin(), stack.end(), include) != stack.end()) {
                diagnostics.error(location, "include cycle: '" + include.generic_string() + "' is already included");
                continue;
            }
            if (stack.size() >= static_cast<std::size_t>(k_max_spec_depth)) {
                diagnostics.error(location,
                                  "includes nested deeper than " + std::to_string(k_max_spec_depth) + " levels");
                continue;
            }
            FileText included_text = reader((root_dir / include).lexically_normal());
            if (!included_text.error.empty()) {
                diagnostics.error(location,
                                  "cannot include '" + include.generic_string() + "': " + included_text.error);
                continue;
            }
            if (!included_text.text) {
                merged.missing.push_back({location, "included spec '" + include.generic_string() + "' not found"});
                continue;
            }
            if (std::optional<XcodeGenSpec> included = load(include, *included_text.text)) {
                merge_spec(merged, std::move(*included));
            }
        }
        merge_spec(merged, std::move(*own));
        stack.pop_back();
        return merged;
    }
};

// The target over its templates, each template over its own templates (XcodeGen merges them in the order
// listed, the target last). A missing template is an error, as in XcodeGen.
void apply_templates(const XcodeGenSpec& spec, XcodeGenTarget& target, util::Diagnostics& diagnostics) {
    std::vector<std::string> stack;
    std::function<std::optional<XcodeGenTarget>(const std::vector<std::string>&, const util::SourceLocation&)> expand =
        [&](const std::vector<std::string>& names, const util::SourceLocation& at) -> std::optional<XcodeGenTarget> {
        if (names.empty()) {
            return std::nullopt;
        }
        XcodeGenTarget merged;
        for (const std::string& name : names) {
            auto found = spec.target_templates.find(name);
            if (found == spec.target_templates.end()) {
                diagnostics.error(at, "target template '" + name + "' is not defined in targetTemplates");
                continue;
            }
            if (std::find(stack.begin(), stack.end(), name) != stack.end() ||
                stack.size() >= static_cast<std::size_t>(k_max_spec_depth)) {
                diagnostics.error(at, "target template '" + name + "' includes itself");
                continue;
            }
            stack.push_back(name);
            XcodeGenTarget own = found->second;
            if (std::optional<XcodeGenTarget> base = expand(own.templates, own.location)) {
                merge_target(*base, std::move(own));
                own = std::move(*base);
            }
            stack.pop_back();
            merge_target(merged, std::move(own));
        }
        return merged;
    };
    std::optional<XcodeGenTarget> base = expand(target.templates, target.location);
    if (!base) {
        return;
    }
    std::string name = target.name;
    util::SourceLocation location = target.location;
    merge_target(*base, std::move(target));
    target = std::move(*base);
    target.name = name;
    target.location = location;
}

} // namespace

std::string xcodegen_product_type(std::string_view type) {
    if (type == "app-clip") {
        return "com.apple.product-type.application.on-demand-install-capable";
    }
    if (type.empty()) {
        return "";
    }
    return "com.apple.product-type." + std::string(type);
}

std::optional<XcodeGenSpec>
parse_xcodegen(std::string_view text, std::string_view path_for_messages, const std::filesystem::path& dir,
               util::Diagnostics& diagnostics,
               std::vector<std::pair<std::filesystem::path, util::SourceLocation>>* includes) {
    std::string file(path_for_messages);
    if (std::string too_large = util::over_input_limit(text.size()); !too_large.empty()) {
        diagnostics.error({file, 0, 0}, too_large);
        return std::nullopt;
    }
    try {
        YAML::Node root = YAML::Load(std::string(text));
        XcodeGenSpec spec;
        if (root.IsNull()) {
            return spec;
        }
        require_map(root, file, "an XcodeGen spec");
        if (YAML::Node name = root["name"]) {
            spec.name = scalar(name, file, "name");
        }
        if (YAML::Node include = root["include"]; include && !include.IsNull()) {
            std::vector<YAML::Node> entries;
            if (include.IsSequence()) {
                for (const auto& entry : include) {
                    entries.push_back(entry);
                }
            } else {
                entries.push_back(include);
            }
            for (const YAML::Node& entry : entries) {
                YAML::Node path = entry.IsMap() ? entry["path"] : entry;
                if (!path) {
                    throw ShapeError{where(file, entry), "an include entry needs a 'path'"};
                }
                std::filesystem::path resolved = (dir / scalar(path, file, "an include path")).lexically_normal();
                if (includes != nullptr) {
                    includes->emplace_back(resolved, where(file, path));
                }
            }
        }
        if (YAML::Node configs = root["configs"]; configs && !configs.IsNull()) {
            require_map(configs, file, "configs");
            for (const auto& entry : configs) {
                spec.configs.emplace_back(scalar(entry.first, file, "a configuration name"),
                                          scalar(entry.second, file, "a configuration type"));
            }
        }
        spec.config_files = read_config_files(root["configFiles"], file, dir);
        spec.settings = read_settings(root["settings"], file);
        // settingPresets is the older name of settingGroups.
        for (const char* key : {"settingPresets", "settingGroups"}) {
            if (YAML::Node groups = root[key]; groups && !groups.IsNull()) {
                require_map(groups, file, key);
                for (const auto& entry : groups) {
                    spec.setting_groups[scalar(entry.first, file, "a setting group name")] =
                        read_settings(entry.second, file);
                }
            }
        }
        if (YAML::Node templates = root["targetTemplates"]; templates && !templates.IsNull()) {
            require_map(templates, file, "targetTemplates");
            for (const auto& entry : templates) {
                std::string name = scalar(entry.first, file, "a template name");
                spec.target_templates[name] = read_target(name, entry.second, file, dir);
            }
        }
        if (YAML::Node targets = root["targets"]; targets && !targets.IsNull()) {
            require_map(targets, file, "targets");
            for (const auto& entry : targets) {
                std::string name = scalar(entry.first, file, "a target name");
                spec.targets.push_back(read_target(name, entry.second, file, dir));
            }
        }
        return spec;
    } catch (const YAML::Exception& error) {
        util::SourceLocation location{file, 0, 0};
        if (error.mark.line >= 0) {
            location.line = static_cast<std::uint32_t>(error.mark.line + 1);
            location.column = static_cast<std::uint32_t>(error.mark.column + 1);
        }
        diagnostics.error(location, error.msg.empty() ? std::string("invalid YAML") : error.msg);
    } catch (const ShapeError& error) {
        diagnostics.error(error.location, error.message);
    }
    return std::nullopt;
}

std::optional<XcodeGenSpec> load_xcodegen(const std::filesystem::path& project_yml, const FileReader& reader,
                                          util::Diagnostics& diagnostics) {
    std::filesystem::path normal = project_yml.lexically_normal();
    FileText text = reader(normal);
    if (!text.text) {
        diagnostics.error({normal.generic_string(), 0, 0},
                          "cannot read the XcodeGen spec" + (text.error.empty() ? "" : ": " + text.error));
        return std::nullopt;
    }
    SpecLoader loader{reader, diagnostics, normal.parent_path(), {}};
    std::optional<XcodeGenSpec> spec = loader.load(normal.filename(), *text.text);
    if (!spec) {
        return std::nullopt;
    }
    if (spec->configs.empty()) {
        spec->configs = {{"Debug", "debug"}, {"Release", "release"}};
    }
    for (XcodeGenTarget& target : spec->targets) {
        apply_templates(*spec, target, diagnostics);
    }
    std::sort(spec->targets.begin(), spec->targets.end(),
              [](const XcodeGenTarget& a, const XcodeGenTarget& b) { return a.name < b.name; });
    return spec;
}

} // namespace axg::load
