#pragma once
// Hostile-but-legal Xcode projects for tests, written to a directory from a small description: project.pbxproj
// (OpenStep syntax, objectVersion 54 or 77: PBXProject, PBXNativeTarget, XCBuildConfiguration, XCConfigurationList,
// PBXCopyFilesBuildPhase to PlugIns, PBXShellScriptBuildPhase, PBXFileReference, PBXGroup, PBXTargetDependency,
// baseConfigurationReference or, in 77, baseConfigurationReferenceAnchor into a synchronized folder), plus the
// xcconfig, entitlements and Info.plist files it names and optionally a .xcworkspace listing the projects.
//
// `describe(knobs)` composes a repository from the knobs below; every target of it carries what Xcode would
// resolve for it (expanded bundle id and entitlements file per configuration), worked out by hand here, so that the
// description is the oracle of tests/e2e/init_generated_test.cpp.

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace axg::test::gen {

enum class ProductType { App, AppExtension, Framework };
enum class Platform { iOS, macOS }; // SDKROOT = auto is a project-level knob (Knobs::sdkroot_auto)
enum class EmbedStyle {
    CopyPhase,          // a PBXCopyFilesBuildPhase with dstSubfolderSpec 13 (PlugIns)
    DependencyAndScript // only a PBXTargetDependency plus a shell script phase that copies the .appex
};

using Settings = std::vector<std::pair<std::string, std::string>>; // in file order; keys may carry [conditions]

struct Target {
    std::string name;
    std::string product_name; // "" = $(TARGET_NAME)
    ProductType type = ProductType::App;
    Platform platform = Platform::iOS; // macOS writes SDKROOT = macosx at target level; iOS writes none
    std::string extension_point;       // extensions: NSExtensionPointIdentifier of the Info.plist written
    std::string info_plist;            // INFOPLIST_FILE, relative to the project directory
    Settings settings;                 // target level, every configuration
    std::map<std::string, Settings> configuration_settings; // target level, one configuration
    std::map<std::string, std::string> base_configuration;  // configuration -> xcconfig (project-relative)
    struct Embed {
        std::string target;
        EmbedStyle style = EmbedStyle::CopyPhase;
    };
    std::vector<Embed> embeds;

    // The oracle: what Xcode resolves for an iOS device build of each configuration.
    std::map<std::string, std::string> expected_bundle_id;
    std::map<std::string, std::string> expected_entitlements; // project-relative; "" = signed without entitlements
};

struct File {
    std::string path; // relative to the project directory
    std::string text;
};

struct Project {
    std::string dir;  // repository-relative folder holding the .xcodeproj ("" = the repository root)
    std::string name; // NAME.xcodeproj
    int object_version = 54;
    std::vector<std::string> configurations{"Debug", "Release"};
    Settings project_settings;                                     // PBXProject level, every configuration
    std::map<std::string, std::string> project_base_configuration; // configuration -> xcconfig
    // Files referenced through a PBXFileSystemSynchronizedRootGroup of this folder (objectVersion 77) rather than a
    // PBXFileReference: xcconfigs under it are attached with baseConfigurationReferenceAnchor/RelativePath.
    std::string synchronized_folder;
    std::vector<Target> targets;
    std::vector<File> files;                // written to disk (xcconfigs, entitlements, …)
    std::vector<std::string> missing_files; // referenced by the pbxproj (e.g. CocoaPods xcconfigs), never written

    std::string xcodeproj() const { return (dir.empty() ? "" : dir + "/") + name + ".xcodeproj"; }
};

struct Repository {
    std::string name;
    std::vector<Project> projects;
    std::size_t main_project = 0; // the one init should choose: the iOS app that embeds extensions
    std::string workspace;        // repository-relative NAME.xcworkspace listing every project; "" = none
};

struct Knobs {
    std::string name;
    int object_version = 54;           // 54 or 77 (77 also attaches xcconfigs through a synchronized folder)
    bool several_projects = false;     // plus a macOS app project, a framework project and an iOS sample app
    bool workspace = false;            // a .xcworkspace listing the projects
    bool conditional_settings = false; // KEY[sdk=macosx*] at target level, KEY[config=Debug] in an xcconfig
    bool self_reference = false;       // PRODUCT_BUNDLE_IDENTIFIER = "$(PRODUCT_BUNDLE_IDENTIFIER)", value in xcconfig
    bool missing_pods_include = false; // #include of a CocoaPods xcconfig that is not committed; Pods base config
    bool undefined_variable = false;   // $(BUNDLE_ID_SUFFIX) used, never defined (Xcode: empty)
    bool one_configuration_setting = false; // $(DEBUG_SUFFIX) defined in the Debug xcconfig only
    bool sdkroot_auto = false;              // SDKROOT = auto + SUPPORTED_PLATFORMS at project level
    bool script_embed = false;              // an extension embedded by a dependency and a script phase only
    bool shared_entitlements = false;       // one entitlements file for every extension target
};

// The variants init_generated_test runs: each knob alone, then all of them at once (both object versions).
std::vector<Knobs> variants();

Repository describe(const Knobs& knobs);

// The project.pbxproj text of a project.
std::string pbxproj_text(const Project& project);

// Writes the repository's files (projects, their files, the workspace) under `dir`.
void write_repository(const Repository& repository, const std::filesystem::path& dir);

} // namespace axg::test::gen
