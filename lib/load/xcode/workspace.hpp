#pragma once
// Xcode workspaces (`X.xcworkspace/contents.xcworkspacedata`): the list of projects a developer opens together.
// A workspace is not a target list of its own; discovery uses it to tell the projects a team works in from
// samples and vendored projects lying beside them.

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "util/diagnostics.hpp"

namespace axg::load {

struct Workspace {
    std::filesystem::path path;                  // the .xcworkspace bundle, as given
    std::vector<std::filesystem::path> projects; // the .xcodeproj bundles it lists, absolute-or-as-given, normalised
};

// Parses the XML of a contents.xcworkspacedata. FileRef and Group locations are resolved as Xcode does:
// "group:P" against the enclosing Group (the workspace's directory at the top), "container:P" against the
// directory holding the .xcworkspace, "absolute:P" as is, "self:" as the project that holds an embedded workspace
// (X.xcodeproj/project.xcworkspace); other kinds ("developer:") are ignored. Malformed XML is a located error.
std::optional<Workspace> parse_workspace(std::string_view xml, const std::filesystem::path& bundle,
                                         util::Diagnostics& diagnostics);

// Reads `bundle`/contents.xcworkspacedata (`bundle` may also name that file).
std::optional<Workspace> load_workspace(const std::filesystem::path& bundle, util::Diagnostics& diagnostics);

} // namespace axg::load
