#pragma once
// The object graph of a project.pbxproj as the tests read it for themselves (only the OpenStep syntax is
// appexguard's parser): which target each PlugIns copy phase embeds, through the build file's fileRef being that
// target's productReference, so that product names that differ from or repeat across target names map to the right
// target; target dependencies; and the buildSettings keys as written. Independent of lib/load/xcode/pbx_objects.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace axg::test {

struct GraphTarget {
    std::string name;
    std::string product_type;
    std::string product_path;                             // the productReference's path, e.g. "Share.appex"
    std::vector<std::string> embedded;                    // targets copied to PlugIns (dstSubfolderSpec 13)
    std::vector<std::string> embedded_paths;              // those build files' file reference paths
    std::vector<std::string> dependencies;                // PBXTargetDependency targets, by name
    std::map<std::string, std::vector<std::string>> keys; // configuration -> buildSettings keys as written
};

struct GraphProject {
    int object_version = 0;
    std::string project_dir_path;
    std::vector<GraphTarget> targets; // PBXNativeTargets in PBXProject.targets order

    const GraphTarget* find(const std::string& name) const;
};

// nullopt with `error` set when the file does not parse or has no objects.
std::optional<GraphProject> read_pbx_graph(const std::filesystem::path& pbxproj, std::string& error);

} // namespace axg::test
