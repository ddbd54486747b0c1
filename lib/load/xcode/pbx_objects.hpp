#pragma once
// The typed view of a parsed project.pbxproj: targets, their build configurations, the configuration files they
// are based on, and which app extensions each target embeds.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/xcode/build_settings.hpp"
#include "load/xcode/embedding.hpp"
#include "load/xcode/pbxproj.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

// An XCBuildConfiguration.
struct PbxBuildConfiguration {
    std::string id;
    std::string name;
    // buildSettings in file order; keys may carry conditions ("CODE_SIGN_IDENTITY[sdk=iphoneos*]").
    // Array values are joined with spaces.
    std::vector<SettingAssignment> build_settings;
    // The .xcconfig this configuration is based on, relative to the source root, from either
    // baseConfigurationReference or (objectVersion 76+) baseConfigurationReferenceAnchor + ...RelativePath.
    // nullopt when there is none or it lies outside the source root's group tree (e.g. BUILT_PRODUCTS_DIR).
    std::optional<std::string> base_configuration;
    util::SourceLocation location;
};

// A PBXNativeTarget (or PBXAggregateTarget / PBXLegacyTarget, which have no product type).
struct PbxTarget {
    std::string id;
    std::string name;
    std::string product_type; // raw, e.g. "com.apple.product-type.app-extension"
    std::vector<PbxBuildConfiguration> configurations;
    std::vector<std::string> dependencies; // names of targets this one depends on (PBXTargetDependency)
    // The app extensions this target puts inside its product, in build-phase order: copied by any copy-files phase
    // (PlugIns, Extensions or elsewhere), or, for an application, extension targets it depends on that no copy
    // phase of the project copies (found in a script phase of the app, or dependency only).
    std::vector<std::string> embedded;
    // How each of `embedded` was found, plus the App Clips and watch content the target copies (not in `embedded`).
    std::vector<Embedding> embeddings;
    util::SourceLocation location;
};

struct PbxProject {
    std::string path;
    int object_version = 0;
    std::string project_dir_path;                      // PBXProject.projectDirPath, usually ""
    std::vector<PbxBuildConfiguration> configurations; // project level; targets inherit from these
    std::vector<PbxTarget> targets;                    // in the order of PBXProject.targets
};

// Builds the typed view. Structural problems (dangling ids, missing PBXProject) are located diagnostics;
// returns nullopt only when there is no usable PBXProject.
std::optional<PbxProject> read_pbx_project(const PbxValue& root, std::string_view path_for_messages,
                                           util::Diagnostics& diagnostics);

// parse_pbxproj + read_pbx_project.
std::optional<PbxProject> load_pbx_project(std::string_view text, std::string_view path_for_messages,
                                           util::Diagnostics& diagnostics);

} // namespace axg::load
