#include "load/xcode/xcode_project.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "load/xcode/pbx_objects.hpp"
#include "load/xcode/xcodegen.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace axg::load {

namespace {

// XcodeGen platform names -> (SDKROOT, SUPPORTED_PLATFORMS), as XcodeGen's setting presets write them.
std::optional<std::pair<std::string, std::string>> xcodegen_platform(std::string_view platform) {
    std::string lower = util::to_lower(platform);
    if (lower == "ios") {
        return std::pair{"iphoneos", "iphoneos iphonesimulator"};
    }
    if (lower == "macos") {
        return std::pair{"macosx", "macosx"};
    }
    if (lower == "tvos") {
        return std::pair{"appletvos", "appletvos appletvsimulator"};
    }
    if (lower == "watchos") {
        return std::pair{"watchos", "watchos watchsimulator"};
    }
    if (lower == "visionos") {
        return std::pair{"xros", "xros xrsimulator"};
    }
    return std::nullopt;
}

bool has_word(std::string_view list, std::string_view word) {
    std::size_t at = 0;
    while (at < list.size()) {
        std::size_t end = list.find_first_of(" \t\"", at);
        if (end == std::string_view::npos) {
            end = list.size();
        }
        if (list.substr(at, end - at) == word) {
            return true;
        }
        at = end + 1;
    }
    return false;
}

std::string first_word(std::string_view list) {
    std::string_view trimmed = util::trim(list);
    if (!trimmed.empty() && trimmed.front() == '"') {
        trimmed.remove_prefix(1);
    }
    return std::string(trimmed.substr(0, trimmed.find_first_of(" \t\"")));
}

std::string expanded_setting(const BuildSettings& settings, std::string_view key) {
    auto found = settings.find(key);
    return found == settings.end() ? "" : expand_setting(found->second, settings, xcode_project_expansion()).text;
}

// Loads .xcconfig files once per project and turns missing files into warnings.
class XcconfigCache {
public:
    XcconfigCache(const FileReader& reader, util::Diagnostics& diagnostics, std::filesystem::path source_root,
                  std::vector<util::Diagnostic>& warnings)
        : m_reader(reader), m_diagnostics(diagnostics), m_source_root(std::move(source_root)), m_warnings(warnings) {}

    // `relative` is relative to the source root; `referrer` is where the project names it.
    const std::vector<SettingAssignment>& get(const std::filesystem::path& relative,
                                              const util::SourceLocation& referrer) {
        std::filesystem::path full = (m_source_root / relative).lexically_normal();
        auto found = m_cache.find(full.generic_string());
        if (found != m_cache.end()) {
            return found->second;
        }
        XcconfigResult result = load_xcconfig(full, m_reader, m_diagnostics, {m_source_root});
        if (!result.error.empty()) {
            m_diagnostics.error(referrer,
                                "cannot read configuration file '" + relative.generic_string() + "': " + result.error);
        } else if (!result.found) {
            m_warnings.push_back({referrer, "configuration file '" + relative.generic_string() + "' not found"});
        }
        for (util::Diagnostic& missing : result.missing) {
            if (m_reported.insert(missing.location.str() + missing.message).second) {
                m_warnings.push_back(std::move(missing));
            }
        }
        return m_cache.emplace(full.generic_string(), std::move(result.assignments)).first->second;
    }

private:
    const FileReader& m_reader;
    util::Diagnostics& m_diagnostics;
    std::filesystem::path m_source_root;
    std::vector<util::Diagnostic>& m_warnings;
    std::map<std::string, std::vector<SettingAssignment>> m_cache;
    std::set<std::string> m_reported;
};

// One settings layer, possibly empty.
using Layer = const std::vector<SettingAssignment>*;

// A value that grows past the expansion limit by its $(inherited) substitution is an error in `diagnostics`.
BuildSettings layered(const XcodeProject& project, const std::string& target, const std::string& configuration,
                      const std::vector<Layer>& layers, const std::string& sdk, util::Diagnostics& diagnostics) {
    BuildSettings settings;
    std::string root = project.source_root.generic_string();
    settings["SRCROOT"] = root;
    settings["PROJECT_DIR"] = root;
    settings["SOURCE_ROOT"] = root;
    settings["PROJECT_NAME"] = project.name;
    settings["TARGET_NAME"] = target;
    settings["PRODUCT_NAME"] = "$(TARGET_NAME)";
    settings["CONFIGURATION"] = configuration;
    SettingContext context{configuration, sdk, "arm64"};
    for (Layer layer : layers) {
        if (layer != nullptr) {
            apply_settings(settings, *layer, context, &diagnostics);
        }
    }
    return settings;
}

// Resolves for iphoneos first: that is the build Xcode makes of every target that builds for iOS, multiplatform
// ones included, so `[sdk=macosx*]` values stay out. A target that does not build for iOS is resolved again for
// the SDK it does build with (SDKROOT, or the first of SUPPORTED_PLATFORMS when SDKROOT is auto).
BuildSettings resolve_for_sdk(const XcodeProject& project, const std::string& target, const std::string& configuration,
                              const std::vector<Layer>& layers, util::Diagnostics& diagnostics) {
    BuildSettings settings = layered(project, target, configuration, layers, "iphoneos", diagnostics);
    if (settings_build_for_ios(settings)) {
        return settings;
    }
    std::string sdk = expanded_setting(settings, "SDKROOT");
    if (sdk.empty() || sdk == "auto") {
        sdk = first_word(expanded_setting(settings, "SUPPORTED_PLATFORMS"));
    }
    return sdk.empty() ? settings : layered(project, target, configuration, layers, sdk, diagnostics);
}

// The SDKs that conditional CODE_SIGN_ENTITLEMENTS assignments name ("macosx" for `[sdk=macosx*]`).
std::set<std::string> entitlements_sdks(const std::vector<Layer>& layers) {
    std::set<std::string> out;
    for (Layer layer : layers) {
        if (layer == nullptr) {
            continue;
        }
        for (const SettingAssignment& assignment : *layer) {
            if (assignment.key != "CODE_SIGN_ENTITLEMENTS") {
                continue;
            }
            for (const SettingCondition& condition : assignment.conditions) {
                std::string sdk;
                for (char ch : condition.pattern) {
                    if (ch != '*' && ch != '?') {
                        sdk += ch;
                    }
                }
                if (condition.name == "sdk" && !sdk.empty() && glob_match(condition.pattern, sdk)) {
                    out.insert(sdk);
                }
            }
        }
    }
    return out;
}

// One configuration of a target: its settings, and every CODE_SIGN_ENTITLEMENTS value it signs with for any SDK.
void resolve_configuration(const XcodeProject& project, XcodeTarget& target, const std::string& configuration,
                           const std::vector<Layer>& layers, util::Diagnostics& diagnostics) {
    BuildSettings settings = resolve_for_sdk(project, target.name, configuration, layers, diagnostics);
    std::vector<std::string>& values = target.all_entitlements_values;
    if (std::string value = expanded_setting(settings, "CODE_SIGN_ENTITLEMENTS"); !value.empty()) {
        values.push_back(std::move(value));
    }
    for (const std::string& sdk : entitlements_sdks(layers)) {
        BuildSettings other = layered(project, target.name, configuration, layers, sdk, diagnostics);
        if (std::string value = expanded_setting(other, "CODE_SIGN_ENTITLEMENTS"); !value.empty()) {
            values.push_back(std::move(value));
        }
    }
    target.settings[configuration] = std::move(settings);
}

void sort_unique(std::vector<std::string>& values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

const PbxBuildConfiguration* find_configuration(const std::vector<PbxBuildConfiguration>& list, std::string_view name) {
    for (const PbxBuildConfiguration& configuration : list) {
        if (configuration.name == name) {
            return &configuration;
        }
    }
    return nullptr;
}

std::optional<XcodeProject> from_pbxproj(const std::filesystem::path& path, const std::string& text,
                                         util::Diagnostics& diagnostics, const FileReader& reader) {
    std::optional<PbxProject> pbx = load_pbx_project(text, path.generic_string(), diagnostics);
    if (!pbx) {
        return std::nullopt;
    }
    XcodeProject project;
    project.path = path;
    project.kind = XcodeProjectKind::Pbxproj;
    std::filesystem::path bundle = path.parent_path();
    project.name = bundle.stem().string();
    project.source_root = bundle.parent_path();
    if (!pbx->project_dir_path.empty()) {
        project.source_root = (project.source_root / pbx->project_dir_path).lexically_normal();
    }
    for (const PbxBuildConfiguration& configuration : pbx->configurations) {
        project.configurations.push_back(configuration.name);
    }
    XcconfigCache xcconfigs(reader, diagnostics, project.source_root, project.warnings);
    for (const PbxTarget& pbx_target : pbx->targets) {
        XcodeTarget target;
        target.name = pbx_target.name;
        target.product_type = pbx_target.product_type;
        target.embedded = pbx_target.embedded;
        target.embeddings = pbx_target.embeddings;
        target.dependencies = pbx_target.dependencies;
        target.location = pbx_target.location;
        for (const PbxBuildConfiguration& configuration : pbx_target.configurations) {
            std::vector<Layer> layers;
            if (const PbxBuildConfiguration* level = find_configuration(pbx->configurations, configuration.name)) {
                if (level->base_configuration) {
                    layers.push_back(&xcconfigs.get(*level->base_configuration, level->location));
                }
                layers.push_back(&level->build_settings);
            }
            if (configuration.base_configuration) {
                layers.push_back(&xcconfigs.get(*configuration.base_configuration, configuration.location));
            }
            layers.push_back(&configuration.build_settings);
            resolve_configuration(project, target, configuration.name, layers, diagnostics);
            // A project without project-level configurations still has the ones its targets define.
            if (pbx->configurations.empty() && std::find(project.configurations.begin(), project.configurations.end(),
                                                         configuration.name) == project.configurations.end()) {
                project.configurations.push_back(configuration.name);
            }
        }
        sort_unique(target.all_entitlements_values);
        project.targets.push_back(std::move(target));
    }
    return project;
}

constexpr int k_max_group_depth = 16;

// Adds `from` over `into` as XcodeGen merges settings dictionaries: an assignment of the same key with the same
// conditions replaces the earlier one (so a `$(inherited)` in it refers to the level below, not to the value it
// replaces).
void merge_assignments(std::vector<SettingAssignment>& into, const std::vector<SettingAssignment>& from) {
    for (const SettingAssignment& assignment : from) {
        auto same = std::find_if(into.begin(), into.end(), [&](const SettingAssignment& existing) {
            return existing.key == assignment.key && existing.conditions == assignment.conditions;
        });
        if (same == into.end()) {
            into.push_back(assignment);
        } else {
            *same = assignment;
        }
    }
}

// XcodeGen's getBuildSettings for one configuration: the setting groups (recursively), then base, then every
// `configs` entry whose name the configuration's name contains, ignoring case, unless the entry is exactly the name
// of another configuration ("Debug" applies to "Debug Staging" but not to a configuration "Debug" of its own).
void xcodegen_settings(const XcodeGenSpec& spec, const XcodeGenSettings& settings, const std::string& configuration,
                       std::vector<SettingAssignment>& out, int depth = 0) {
    if (depth > k_max_group_depth) {
        return;
    }
    for (const std::string& group : settings.groups) {
        if (auto found = spec.setting_groups.find(group); found != spec.setting_groups.end()) {
            xcodegen_settings(spec, found->second, configuration, out, depth + 1);
        }
    }
    merge_assignments(out, settings.base);
    std::string lower = util::to_lower(configuration);
    for (const auto& [name, assignments] : settings.configs) {
        bool partial = lower.find(util::to_lower(name)) != std::string::npos;
        bool other =
            name != configuration && std::any_of(spec.configs.begin(), spec.configs.end(),
                                                 [&name = name](const auto& config) { return config.first == name; });
        if (partial && !other) {
            merge_assignments(out, assignments);
        }
    }
}

// What XcodeGen's platform presets and supportedDestinations write for a target: SDKROOT and SUPPORTED_PLATFORMS
// (and SUPPORTS_MACCATALYST). A target with several platforms is read as its iOS variant when it has one.
std::vector<SettingAssignment> platform_presets(const XcodeGenTarget& target) {
    std::vector<SettingAssignment> out;
    auto set = [&](std::string key, std::string value) {
        out.push_back({std::move(key), {}, std::move(value), target.location});
    };
    if (!target.supported_destinations.empty()) {
        std::string platforms;
        bool catalyst = false;
        for (const std::string& destination : target.supported_destinations) {
            if (util::to_lower(destination) == "maccatalyst") {
                catalyst = true;
            } else if (auto platform = xcodegen_platform(destination)) {
                platforms += (platforms.empty() ? "" : " ") + platform->second;
            }
        }
        auto own = xcodegen_platform(target.platform);
        set("SDKROOT", own && target.supported_destinations.size() == 1 ? own->first : "auto");
        set("SUPPORTED_PLATFORMS", platforms);
        if (catalyst) {
            set("SUPPORTS_MACCATALYST", "YES");
        }
        return out;
    }
    std::optional<std::pair<std::string, std::string>> chosen;
    for (const std::string& platform : target.platforms) {
        auto preset = xcodegen_platform(platform);
        if (preset && (!chosen || preset->first == "iphoneos")) {
            chosen = preset;
        }
    }
    if (chosen) {
        set("SDKROOT", chosen->first);
        set("SUPPORTED_PLATFORMS", chosen->second);
    }
    return out;
}

std::optional<XcodeProject> from_xcodegen(const std::filesystem::path& path, util::Diagnostics& diagnostics,
                                          const FileReader& reader) {
    std::optional<XcodeGenSpec> spec = load_xcodegen(path, reader, diagnostics);
    if (!spec) {
        return std::nullopt;
    }
    XcodeProject project;
    project.path = path;
    project.kind = XcodeProjectKind::XcodeGen;
    project.name = spec->name;
    project.source_root = path.parent_path();
    project.warnings = spec->missing;
    // The root spec first, then its includes in the order they were read.
    project.spec_files.push_back(path);
    for (const std::filesystem::path& file : spec->files) {
        if (file.lexically_normal() != path.lexically_normal()) {
            project.spec_files.push_back(file);
        }
    }
    for (const auto& [name, type] : spec->configs) {
        project.configurations.push_back(name);
    }
    XcconfigCache xcconfigs(reader, diagnostics, project.source_root, project.warnings);
    util::SourceLocation spec_location{path.generic_string(), 0, 0};
    for (const XcodeGenTarget& spec_target : spec->targets) {
        XcodeTarget target;
        target.name = spec_target.name;
        target.product_type = xcodegen_product_type(spec_target.type);
        target.location = spec_target.location;
        target.info_properties = spec_target.info.properties;
        target.entitlements_properties = spec_target.entitlements.properties;
        std::vector<SettingAssignment> presets = platform_presets(spec_target);
        for (const std::string& configuration : project.configurations) {
            std::vector<SettingAssignment> project_settings;
            xcodegen_settings(*spec, spec->settings, configuration, project_settings);
            std::vector<SettingAssignment> target_settings;
            xcodegen_settings(*spec, spec_target.settings, configuration, target_settings);
            // `entitlements: path` overrides CODE_SIGN_ENTITLEMENTS; `info: path` applies only when no setting
            // names an Info.plist (XcodeGen's PBXProjGenerator).
            bool has_info = std::any_of(target_settings.begin(), target_settings.end(),
                                        [](const SettingAssignment& a) { return a.key == "INFOPLIST_FILE"; });
            if (!spec_target.info.path.empty() && !has_info) {
                target_settings.push_back(
                    {"INFOPLIST_FILE", {}, spec_target.info.path.generic_string(), spec_target.info.location});
            }
            if (!spec_target.entitlements.path.empty()) {
                std::erase_if(target_settings,
                              [](const SettingAssignment& a) { return a.key == "CODE_SIGN_ENTITLEMENTS"; });
                target_settings.push_back({"CODE_SIGN_ENTITLEMENTS",
                                           {},
                                           spec_target.entitlements.path.generic_string(),
                                           spec_target.entitlements.location});
            }
            std::vector<Layer> layers;
            if (auto file = spec->config_files.find(configuration); file != spec->config_files.end()) {
                layers.push_back(&xcconfigs.get(file->second, spec_location));
            }
            layers.push_back(&project_settings);
            layers.push_back(&presets);
            if (auto file = spec_target.config_files.find(configuration); file != spec_target.config_files.end()) {
                layers.push_back(&xcconfigs.get(file->second, spec_target.location));
            }
            layers.push_back(&target_settings);
            resolve_configuration(project, target, configuration, layers, diagnostics);
        }
        sort_unique(target.all_entitlements_values);
        project.targets.push_back(std::move(target));
    }
    // Embedding needs every target's type: XcodeGen embeds a dependency by default when the depending target is an
    // application.
    for (std::size_t i = 0; i < spec->targets.size(); ++i) {
        XcodeTarget& target = project.targets[i];
        for (const XcodeGenDependency& dependency : spec->targets[i].dependencies) {
            target.dependencies.push_back(dependency.target);
            const XcodeTarget* other = project.find_target(dependency.target);
            if (other == nullptr || !dependency.embed.value_or(target.is_app())) {
                continue;
            }
            if (other->is_app_clip()) {
                target.embeddings.push_back({dependency.target, EmbedKind::AppClip, "XcodeGen dependency"});
            } else if (is_watch_product(other->product_type) || (other->is_app() && !other->builds_for_ios())) {
                target.embeddings.push_back({dependency.target, EmbedKind::Watch, "XcodeGen dependency"});
            } else if (other->is_extension()) {
                target.embeddings.push_back({dependency.target, EmbedKind::XcodeGen, ""});
                target.embedded.push_back(dependency.target);
            }
        }
    }
    return project;
}

std::optional<XcodeProject> load(const std::filesystem::path& input, const std::string* text,
                                 util::Diagnostics& diagnostics, const FileReader& reader) {
    std::filesystem::path path = input.lexically_normal();
    std::string extension = path.extension().string();
    if (extension == ".xcodeproj") {
        path /= "project.pbxproj";
    } else if (path.filename().empty() && path.parent_path().extension() == ".xcodeproj") {
        path = path.parent_path() / "project.pbxproj";
    }
    if (path.extension() == ".yml" || path.extension() == ".yaml") {
        return from_xcodegen(path, diagnostics, reader);
    }
    if (path.filename() != "project.pbxproj") {
        diagnostics.error({path.generic_string(), 0, 0},
                          "not an Xcode project: expected a .xcodeproj, a project.pbxproj or an XcodeGen project.yml");
        return std::nullopt;
    }
    if (text != nullptr) {
        return from_pbxproj(path, *text, diagnostics, reader);
    }
    FileText read = reader(path);
    if (!read.text) {
        diagnostics.error({path.generic_string(), 0, 0},
                          "cannot read the project file" + (read.error.empty() ? "" : ": " + read.error));
        return std::nullopt;
    }
    return from_pbxproj(path, *read.text, diagnostics, reader);
}

} // namespace

bool settings_build_for_ios(const BuildSettings& settings) {
    std::string sdk = util::to_lower(expanded_setting(settings, "SDKROOT"));
    std::string platforms = expanded_setting(settings, "SUPPORTED_PLATFORMS");
    if (sdk.find("iphone") != std::string::npos || has_word(platforms, "iphoneos") ||
        expanded_setting(settings, "SUPPORTS_MACCATALYST") == "YES") {
        return true;
    }
    // Unset (Xcode's iOS templates leave it to the project) or auto without a platform list: iOS, as before.
    return (sdk.empty() || sdk == "auto") && util::trim(platforms).empty();
}

bool XcodeTarget::is_app() const {
    return is_app_product(product_type);
}

bool XcodeTarget::is_app_clip() const {
    return is_app_clip_product(product_type);
}

bool XcodeTarget::is_extension() const {
    return is_extension_product(product_type);
}

bool XcodeTarget::builds_for_ios() const {
    return std::all_of(settings.begin(), settings.end(),
                       [](const auto& entry) { return settings_build_for_ios(entry.second); });
}

std::string XcodeTarget::setting(std::string_view configuration, std::string_view key) const {
    auto settings = this->settings.find(configuration);
    if (settings == this->settings.end()) {
        return "";
    }
    auto value = settings->second.find(key);
    if (value == settings->second.end()) {
        return "";
    }
    return expand_setting(value->second, settings->second, xcode_project_expansion()).text;
}

Expansion XcodeTarget::expand(std::string_view configuration, std::string_view text) const {
    auto settings = this->settings.find(configuration);
    if (settings == this->settings.end()) {
        return expand_setting(text, BuildSettings{}, xcode_project_expansion());
    }
    return expand_setting(text, settings->second, xcode_project_expansion());
}

std::string XcodeTarget::code_sign_entitlements(std::string_view configuration) const {
    return setting(configuration, "CODE_SIGN_ENTITLEMENTS");
}

std::string XcodeTarget::info_plist_file(std::string_view configuration) const {
    return setting(configuration, "INFOPLIST_FILE");
}

std::string XcodeTarget::product_bundle_identifier(std::string_view configuration) const {
    return setting(configuration, "PRODUCT_BUNDLE_IDENTIFIER");
}

std::string XcodeTarget::development_team(std::string_view configuration) const {
    return setting(configuration, "DEVELOPMENT_TEAM");
}

const XcodeTarget* XcodeProject::find_target(std::string_view target_name) const {
    for (const XcodeTarget& target : targets) {
        if (target.name == target_name) {
            return &target;
        }
    }
    return nullptr;
}

std::optional<std::filesystem::path> XcodeProject::resolve_path(std::string_view value) const {
    if (value.empty()) {
        return std::nullopt;
    }
    std::filesystem::path path{std::string(value)};
    if (path.is_relative()) {
        path = source_root / path;
    }
    return path.lexically_normal();
}

std::optional<XcodeProject> load_xcode_project(const std::filesystem::path& path, util::Diagnostics& diagnostics) {
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    if (ec) {
        absolute = path;
    }
    absolute = absolute.lexically_normal();
    std::filesystem::path pbxproj = absolute.extension() == ".xcodeproj" ? absolute / "project.pbxproj" : absolute;
    if (pbxproj.filename() == "project.pbxproj") {
        // Read the project file here so that the size-limit or I/O error reaches the user as written.
        util::ReadResult read = util::read_file(pbxproj);
        if (!read.text) {
            diagnostics.error({pbxproj.generic_string(), 0, 0}, read.error);
            return std::nullopt;
        }
        return load(pbxproj, &*read.text, diagnostics, disk_reader());
    }
    return load(absolute, nullptr, diagnostics, disk_reader());
}

std::optional<XcodeProject> load_xcode_project(const std::filesystem::path& path, util::Diagnostics& diagnostics,
                                               const FileReader& reader) {
    return load(path, nullptr, diagnostics, reader);
}

} // namespace axg::load
