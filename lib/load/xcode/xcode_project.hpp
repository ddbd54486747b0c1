#pragma once
// One view of an Xcode project, whichever way it is written (project.pbxproj or an XcodeGen project.yml):
// configurations, targets, which extensions each target embeds, and resolved build settings per configuration.
// This is what `appexguard init` starts from.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/xcode/build_settings.hpp"
#include "load/xcode/embedding.hpp"
#include "load/xcode/xcconfig.hpp"
#include "model/plist.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

enum class XcodeProjectKind { Pbxproj, XcodeGen };

struct XcodeTarget {
    std::string name;
    std::string product_type;          // raw, e.g. "com.apple.product-type.app-extension"
    std::vector<std::string> embedded; // names of the extension targets this one embeds
    std::vector<Embedding> embeddings; // how each of `embedded` is embedded, plus App Clips and watch content
    std::vector<std::string> dependencies;
    // Configuration name -> settings after layering (project xcconfig, project settings, target xcconfig, target
    // settings), with $(inherited) applied but $(VAR) references left as written. Includes SRCROOT, PROJECT_DIR,
    // SOURCE_ROOT (all = the source root), PROJECT_NAME, TARGET_NAME, CONFIGURATION and a PRODUCT_NAME default.
    // Conditions are matched as Xcode does for a device build of the target's platform: sdk=iphoneos for every
    // target that builds for iOS (builds_for_ios), else the SDK that SDKROOT names (macosx, watchos, ...).
    std::map<std::string, BuildSettings, std::less<>> settings;
    // Every value CODE_SIGN_ENTITLEMENTS takes in any configuration for any SDK its assignments are conditioned on
    // (a Mac Catalyst build signs with `CODE_SIGN_ENTITLEMENTS[sdk=macosx*]`), expanded; sorted, unique.
    std::vector<std::string> all_entitlements_values;
    // XcodeGen `info: properties` / `entitlements: properties`: XcodeGen writes INFOPLIST_FILE /
    // CODE_SIGN_ENTITLEMENTS from them when it generates the project, so when that file is not committed these are
    // its content. nullopt for pbxproj targets and targets without properties.
    std::optional<model::PlistValue> info_properties;
    std::optional<model::PlistValue> entitlements_properties;
    util::SourceLocation location;

    bool is_app() const;       // com.apple.product-type.application* (App Clips and watch apps included)
    bool is_app_clip() const;  // com.apple.product-type.application.on-demand-install-capable
    bool is_extension() const; // app extensions, ExtensionKit, watch and TV extensions
    // The one answer to "is this an iOS target": in every configuration, SDKROOT is an iPhone SDK or unset, or the
    // target is multiplatform with iOS among its platforms (SDKROOT = auto or another SDK with iphoneos in
    // SUPPORTED_PLATFORMS, or SUPPORTS_MACCATALYST = YES).
    bool builds_for_ios() const;

    // The setting expanded as Xcode does against the same configuration (undefined names are "";
    // $(AppIdentifierPrefix) and $(TeamIdentifierPrefix), which the provisioning profile supplies, stay as written);
    // "" when unset or when the configuration does not exist.
    std::string setting(std::string_view configuration, std::string_view key) const;
    // Any text expanded the same way, with the names found undefined (an unknown configuration defines nothing).
    Expansion expand(std::string_view configuration, std::string_view text) const;
    std::string code_sign_entitlements(std::string_view configuration) const;
    std::string info_plist_file(std::string_view configuration) const;
    std::string product_bundle_identifier(std::string_view configuration) const;
    std::string development_team(std::string_view configuration) const;
};

struct XcodeProject {
    std::filesystem::path path;        // the project.pbxproj or project.yml that was read
    std::filesystem::path source_root; // the directory holding the .xcodeproj (plus projectDirPath), or project.yml's
                                       // directory; absolute when loaded from disk
    XcodeProjectKind kind = XcodeProjectKind::Pbxproj;
    std::string name;
    std::vector<std::string> configurations; // in project order
    std::vector<XcodeTarget> targets;        // in project order (pbxproj) or by name (XcodeGen)
    // Problems that do not stop discovery: configuration files or includes that do not exist (often generated,
    // e.g. by CocoaPods) and included XcodeGen specs that are absent.
    std::vector<util::Diagnostic> warnings;
    std::vector<std::filesystem::path> spec_files; // XcodeGen: every spec file read, the root spec first

    const XcodeTarget* find_target(std::string_view target_name) const;
    // A path-valued setting (already expanded) made absolute against source_root and normalised; nullopt when empty.
    std::optional<std::filesystem::path> resolve_path(std::string_view value) const;
};

// Whether resolved settings describe a build for iOS (see XcodeTarget::builds_for_ios).
bool settings_build_for_ios(const BuildSettings& settings);

// Loads a project from a `project.pbxproj`, a `.xcodeproj` directory or an XcodeGen spec (`*.yml` / `*.yaml`).
// Returns nullopt (with diagnostics) when the project file itself cannot be read or parsed.
std::optional<XcodeProject> load_xcode_project(const std::filesystem::path& path, util::Diagnostics& diagnostics);
// The same, with every file read through `reader` (for tests from strings).
std::optional<XcodeProject> load_xcode_project(const std::filesystem::path& path, util::Diagnostics& diagnostics,
                                               const FileReader& reader);

} // namespace axg::load
