#pragma once
// XcodeGen specs (project.yml, or any file given to `xcodegen --spec`, and the files it includes), read with
// yaml-cpp. What init and check need: configurations, configuration files, settings (base, configs, setting
// groups), targets with their type, platforms, templates, Info.plist and entitlements, and dependencies.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/xcode/build_settings.hpp"
#include "load/xcode/xcconfig.hpp"
#include "model/plist.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

// Settings as XcodeGen writes them: `settings: {KEY: v}` or
// `settings: {base: {...}, configs: {Debug: {...}}, groups: [name, ...]}` (groups name top-level settingGroups).
struct XcodeGenSettings {
    std::vector<SettingAssignment> base;
    // Keyed as written; XcodeGen applies an entry to every configuration whose name contains it, ignoring case.
    std::map<std::string, std::vector<SettingAssignment>> configs;
    std::vector<std::string> groups; // applied before base, in order
};

// `info:` or `entitlements:` of a target: XcodeGen generates the file at `path` from `properties`.
struct XcodeGenGeneratedPlist {
    std::filesystem::path path; // relative to the project directory; empty when absent
    std::optional<model::PlistValue> properties;
    util::SourceLocation location;
};

struct XcodeGenDependency {
    std::string target;        // `target:` dependencies only; packages, SDKs and frameworks are not kept
    std::optional<bool> embed; // as written; XcodeGen's default depends on the depending target's type
    util::SourceLocation location;
};

struct XcodeGenTarget {
    std::string name;
    std::string type;     // XcodeGen's spelling: "application", "app-extension", ...
    std::string platform; // "iOS", "macOS", ... (the first one when a list is given)
    // Every platform when `platform:` is a list (XcodeGen then generates one target per platform; this one stands
    // for its iOS variant when iOS is among them).
    std::vector<std::string> platforms;
    std::vector<std::string> supported_destinations; // `supportedDestinations: [iOS, macOS, ...]`
    std::vector<std::string> templates;              // `templates:` names of targetTemplates, applied in order
    XcodeGenGeneratedPlist info;
    XcodeGenGeneratedPlist entitlements;
    // Configuration name -> .xcconfig path, made relative to the project directory (XcodeGen's relativePaths).
    std::map<std::string, std::filesystem::path> config_files;
    XcodeGenSettings settings;
    std::vector<XcodeGenDependency> dependencies;
    util::SourceLocation location;
};

struct XcodeGenSpec {
    std::string name;
    std::vector<std::pair<std::string, std::string>> configs;  // name -> "debug" / "release", in file order
    std::map<std::string, std::filesystem::path> config_files; // project level, relative to the project directory
    XcodeGenSettings settings;
    std::map<std::string, XcodeGenSettings> setting_groups; // top-level settingGroups (or settingPresets)
    std::map<std::string, XcodeGenTarget> target_templates; // top-level targetTemplates, not yet applied
    std::vector<XcodeGenTarget> targets;      // sorted by name (XcodeGen's targets are a map), templates applied
    std::vector<std::filesystem::path> files; // every spec file read, in order
    std::vector<util::Diagnostic> missing;    // included spec files that do not exist
};

// "com.apple.product-type.<...>" for an XcodeGen target type.
std::string xcodegen_product_type(std::string_view type);

// Parses one spec file; `dir` is the file's directory relative to the project directory (for relative paths).
// Includes are listed in `includes` (relative to the project directory), not followed.
std::optional<XcodeGenSpec>
parse_xcodegen(std::string_view text, std::string_view path_for_messages, const std::filesystem::path& dir,
               util::Diagnostics& diagnostics,
               std::vector<std::pair<std::filesystem::path, util::SourceLocation>>* includes = nullptr);

// Loads `project_yml` and its includes (depth first, each included spec merged under the including one), then
// applies targetTemplates to the targets. Paths in the result are relative to project_yml's directory.
std::optional<XcodeGenSpec> load_xcodegen(const std::filesystem::path& project_yml, const FileReader& reader,
                                          util::Diagnostics& diagnostics);

} // namespace axg::load
