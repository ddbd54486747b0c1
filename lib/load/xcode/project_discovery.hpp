#pragma once
// Which Xcode project of a repository `appexguard init` models. A repository may hold several: an iOS app beside
// its macOS sibling, sample apps, framework projects tied in by a workspace, XcodeGen specs of several apps. Every
// candidate is loaded and scored by what init needs — an iOS application that embeds app extensions — with
// tie-breaks that follow how the repository is built (a workspace that lists it, more embedded extensions), never
// by its name. Two candidates equally good are a tie for the user to settle (`init --project`).

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "load/xcode/xcode_project.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

// What a walk below the repository finds, before anything is loaded.
struct ProjectFiles {
    std::vector<std::filesystem::path> projects;   // every */X.xcodeproj/project.pbxproj and XcodeGen root spec
    std::vector<std::filesystem::path> workspaces; // every X.xcworkspace bundle outside other bundles
};

// Walks `dir` (bounded; symlinked directories are not followed), skipping Pods, Carthage, build, DerivedData,
// .git, node_modules, .build, SourcePackages and the insides of bundles (.xcodeproj, .xcworkspace, .app, ...).
// An XcodeGen spec is project.yml, or any *.yml / *.yaml whose top level has both `name:` and `targets:`
// (`xcodegen --spec` takes any file name). Sorted.
ProjectFiles find_project_files(const std::filesystem::path& dir);

// True when a YAML text's top level has both `name:` and `targets:` (a cheap test before parsing it).
bool looks_like_xcodegen_spec(std::string_view text);

struct ProjectCandidate {
    std::filesystem::path path;          // the project.pbxproj or the spec, as found
    std::optional<XcodeProject> project; // nullopt when it did not load
    util::Diagnostics diagnostics;       // from loading it: why it failed, or located problems that did not stop it
    int tier = 0;                        // 2: an iOS app embeds app extensions; 1: an iOS app; 0: neither; -1: unread
    std::string app;                     // the iOS app embedding the most extensions ("" when none)
    std::size_t app_extensions = 0;      // the extensions that app embeds
    std::size_t extensions = 0;          // distinct extensions embedded by all its iOS apps
    std::optional<std::size_t> workspace_depth; // directory depth of the shallowest workspace that lists it
    std::filesystem::path workspace;            // that workspace
    std::filesystem::path generated;            // XcodeGen: the committed .xcodeproj generated from this spec

    // "iOS app iOS embeds 4 app extensions", "no iOS application target (macOS app NetNewsWire)", ...
    std::string summary() const;
};

struct ProjectDiscovery {
    std::vector<ProjectCandidate> candidates; // best first
    std::vector<std::filesystem::path> workspaces;
    std::vector<std::string> notes; // decisions worth saying: specs only included by others, generated projects
    // candidates[0] and candidates[1] are equally good: the user must choose.
    bool tie() const;
    // Why candidates[0] is preferred over candidates[1] ("" when there is one candidate or a tie).
    std::string reason(const std::filesystem::path& relative_to) const;
};

// -1 when `a` is the better project for init, 1 when `b` is, 0 when they are equally good.
int compare_candidates(const ProjectCandidate& a, const ProjectCandidate& b);

// Finds, loads and ranks every candidate below `dir`.
ProjectDiscovery discover_projects(const std::filesystem::path& dir);

// Loads and scores one project file (a project.pbxproj, .xcodeproj or XcodeGen spec).
ProjectCandidate score_project(const std::filesystem::path& path);

} // namespace axg::load
