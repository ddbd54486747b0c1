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

constexpr std::array<std::string_view, 5> k_skipped_dirs = {"Pods", "build", ".git", "DerivedData", "node_modules"};

std::string sdk_for_platform(std::string_view platform) {
    std::string lower = util::to_lower(platform);
    if (lower == "macos") {
        return "macosx";
    }
    if (lower == "tvos") {
        return "appletvos";
    }
    if (lower == "watchos") {
        return "watchos";
    }
    if (lower == "visionos") {
        return "xros";
    }
    return "iphoneos";
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
        if (!result.found) {
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

BuildSettings layered(const XcodeProject& project, const std::string& target, const std::string& configuration,
                      const std::vector<Layer>& layers, const std::string& sdk) {
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
            apply_settings(settings, *layer, context);
        }
    }
    return settings;
}

// Resolves for iphoneos first; a target whose SDKROOT turns out to be macOS is resolved again for macosx.
BuildSettings resolve_for_sdk(const XcodeProject& project, const std::string& target, const std::string& configuration,
                              const std::vector<Layer>& layers) {
    BuildSettings settings = layered(project, target, configuration, layers, "iphoneos");
    auto sdkroot = settings.find("SDKROOT");
    if (sdkroot != settings.end() && expand_settings(sdkroot->second, settings).starts_with("macosx")) {
        settings = layered(project, target, configuration, layers, "macosx");
    }
    return settings;
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
            target.settings[configuration.name] = resolve_for_sdk(project, target.name, configuration.name, layers);
            // A project without project-level configurations still has the ones its targets define.
            if (pbx->configurations.empty() && std::find(project.configurations.begin(), project.configurations.end(),
                                                         configuration.name) == project.configurations.end()) {
                project.configurations.push_back(configuration.name);
            }
        }
        project.targets.push_back(std::move(target));
    }
    return project;
}

std::vector<const std::vector<SettingAssignment>*> config_settings(const XcodeGenSettings& settings,
                                                                   const std::string& configuration) {
    std::vector<const std::vector<SettingAssignment>*> out{&settings.base};
    for (const auto& [name, assignments] : settings.configs) {
        if (util::to_lower(name) == util::to_lower(configuration)) {
            out.push_back(&assignments);
        }
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
        for (const std::string& configuration : project.configurations) {
            std::vector<Layer> layers;
            if (auto file = spec->config_files.find(configuration); file != spec->config_files.end()) {
                layers.push_back(&xcconfigs.get(file->second, spec_location));
            }
            for (Layer layer : config_settings(spec->settings, configuration)) {
                layers.push_back(layer);
            }
            if (auto file = spec_target.config_files.find(configuration); file != spec_target.config_files.end()) {
                layers.push_back(&xcconfigs.get(file->second, spec_target.location));
            }
            for (Layer layer : config_settings(spec_target.settings, configuration)) {
                layers.push_back(layer);
            }
            BuildSettings settings =
                layered(project, target.name, configuration, layers, sdk_for_platform(spec_target.platform));
            target.settings[configuration] = std::move(settings);
        }
        project.targets.push_back(std::move(target));
    }
    // Embedding needs every target's type: XcodeGen embeds a dependency by default when the depending target is an
    // application.
    for (std::size_t i = 0; i < spec->targets.size(); ++i) {
        XcodeTarget& target = project.targets[i];
        for (const XcodeGenDependency& dependency : spec->targets[i].dependencies) {
            target.dependencies.push_back(dependency.target);
            const XcodeTarget* other = project.find_target(dependency.target);
            bool embed = dependency.embed.value_or(target.is_app());
            if (other != nullptr && other->is_extension() && embed) {
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
    std::optional<std::string> read = reader(path);
    if (!read) {
        diagnostics.error({path.generic_string(), 0, 0}, "cannot read the project file");
        return std::nullopt;
    }
    return from_pbxproj(path, *read, diagnostics, reader);
}

} // namespace

bool XcodeTarget::is_app() const {
    return product_type.starts_with("com.apple.product-type.application");
}

bool XcodeTarget::is_extension() const {
    return product_type.starts_with("com.apple.product-type.app-extension") ||
           product_type == "com.apple.product-type.extensionkit-extension" ||
           product_type == "com.apple.product-type.watchkit2-extension" ||
           product_type == "com.apple.product-type.watchkit-extension" ||
           product_type == "com.apple.product-type.tv-app-extension";
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
    return expand_settings(value->second, settings->second);
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

std::vector<std::filesystem::path> find_xcode_projects(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    auto options = std::filesystem::directory_options::skip_permission_denied;
    std::filesystem::recursive_directory_iterator it(dir, options, ec);
    std::filesystem::recursive_directory_iterator end;
    while (!ec && it != end) {
        const std::filesystem::directory_entry& entry = *it;
        std::string name = entry.path().filename().string();
        std::error_code type_ec;
        if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec)) {
            bool skipped = std::find(k_skipped_dirs.begin(), k_skipped_dirs.end(), name) != k_skipped_dirs.end();
            std::string extension = entry.path().extension().string();
            if (extension == ".xcodeproj") {
                std::filesystem::path pbxproj = entry.path() / "project.pbxproj";
                if (std::filesystem::is_regular_file(pbxproj, type_ec)) {
                    out.push_back(pbxproj);
                }
                skipped = true;
            }
            if (skipped || extension == ".xcworkspace") {
                it.disable_recursion_pending();
            }
        } else if (name == "project.yml" && entry.is_regular_file(type_ec)) {
            out.push_back(entry.path());
        }
        it.increment(ec);
    }
    std::sort(out.begin(), out.end(), [](const std::filesystem::path& a, const std::filesystem::path& b) {
        return a.generic_string() < b.generic_string();
    });
    return out;
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
