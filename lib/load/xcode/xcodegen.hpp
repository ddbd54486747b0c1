#pragma once
// XcodeGen specs (project.yml and the target.yml files it includes), read with yaml-cpp. Only what discovery
// needs: configurations, configuration files, settings, targets with their type, platform and dependencies.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/xcode/build_settings.hpp"
#include "load/xcode/xcconfig.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

// Settings as XcodeGen writes them: `settings: {KEY: v}` or `settings: {base: {...}, configs: {Debug: {...}}}`.
struct XcodeGenSettings {
    std::vector<SettingAssignment> base;
    std::map<std::string, std::vector<SettingAssignment>> configs; // keyed as written; match case-insensitively
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
    std::vector<XcodeGenTarget> targets;      // sorted by name (XcodeGen's targets are a map)
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

// Loads `project_yml` and its includes (depth first, each included spec merged under the including one).
// Paths in the result are relative to project_yml's directory.
std::optional<XcodeGenSpec> load_xcodegen(const std::filesystem::path& project_yml, const FileReader& reader,
                                          util::Diagnostics& diagnostics);

} // namespace axg::load
