#include "load/xcode/project_discovery.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "load/xcode/workspace.hpp"
#include "util/file.hpp"
#include "util/text.hpp"
#include "util/tree_walk.hpp"

namespace axg::load {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t k_max_spec_bytes = 1024 * 1024; // a spec is a few KiB; larger YAML is data, not a project

// Dependency managers' checkouts and build output hold other people's projects.
constexpr std::array<std::string_view, 8> k_skipped_dirs = {"Pods", "Carthage",     "build",  "DerivedData",
                                                            ".git", "node_modules", ".build", "SourcePackages"};
// Bundles are opaque: their insides are build products, resources or Xcode's own metadata.
constexpr std::array<std::string_view, 9> k_bundles = {".xcodeproj", ".xcworkspace", ".app",
                                                       ".appex",     ".framework",   ".bundle",
                                                       ".xcassets",  ".xcframework", ".playground"};

bool is_skipped(const std::string& name) {
    return std::find(k_skipped_dirs.begin(), k_skipped_dirs.end(), name) != k_skipped_dirs.end();
}

bool is_bundle(const fs::path& path) {
    std::string extension = path.extension().string();
    return std::find(k_bundles.begin(), k_bundles.end(), extension) != k_bundles.end();
}

// A top-level key at column 0, optionally quoted: `name:`, `"name":`.
bool has_top_level_key(std::string_view text, std::string_view key) {
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        std::string_view line = text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
        if (!line.empty() && (line.front() == '"' || line.front() == '\'')) {
            line.remove_prefix(1);
        }
        if (line.starts_with(key)) {
            std::string_view rest = line.substr(key.size());
            if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) {
                rest.remove_prefix(1);
            }
            rest = util::trim(rest);
            if (rest.starts_with(':')) {
                return true;
            }
        }
        if (end == std::string_view::npos) {
            break;
        }
        at = end + 1;
    }
    return false;
}

bool is_spec_candidate(const fs::path& path) {
    std::string extension = path.extension().string();
    if (extension != ".yml" && extension != ".yaml") {
        return false;
    }
    if (path.filename() == "project.yml") {
        return true;
    }
    util::ReadResult read = util::read_file(path, k_max_spec_bytes);
    return read.text && looks_like_xcodegen_spec(*read.text);
}

std::size_t depth_below(const fs::path& root, const fs::path& path) {
    std::size_t depth = 0;
    for (const auto& part : path.lexically_relative(root)) {
        if (!part.empty() && part != ".") {
            ++depth;
        }
    }
    return depth;
}

fs::path absolute_normal(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    return (ec ? path : absolute).lexically_normal();
}

std::string plural(std::size_t n, const std::string& word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string display(const fs::path& path, const fs::path& root) {
    fs::path relative = absolute_normal(path).lexically_relative(absolute_normal(root));
    return relative.empty() || relative.native().starts_with("..") ? path.generic_string() : relative.generic_string();
}

// A spec's project name and directory, or the .xcodeproj a pbxproj is in: what a workspace names.
fs::path bundle_of(const ProjectCandidate& c) {
    if (c.project && c.project->kind == XcodeProjectKind::XcodeGen) {
        return absolute_normal(c.path.parent_path() / (c.project->name + ".xcodeproj"));
    }
    return absolute_normal(c.path.parent_path());
}

} // namespace

bool looks_like_xcodegen_spec(std::string_view text) {
    return has_top_level_key(text, "name") && has_top_level_key(text, "targets");
}

ProjectFiles find_project_files(const fs::path& dir) {
    ProjectFiles out;
    auto directory = [&](const fs::directory_entry& entry) {
        std::error_code ec;
        if (entry.path().extension() == ".xcodeproj") {
            fs::path pbxproj = entry.path() / "project.pbxproj";
            if (fs::is_regular_file(pbxproj, ec)) {
                out.projects.push_back(pbxproj.lexically_normal());
            }
        } else if (entry.path().extension() == ".xcworkspace" &&
                   fs::is_regular_file(entry.path() / "contents.xcworkspacedata", ec)) {
            out.workspaces.push_back(entry.path().lexically_normal());
        }
        return !is_skipped(entry.path().filename().string()) && !is_bundle(entry.path());
    };
    auto file = [&](const fs::directory_entry& entry) {
        if (is_spec_candidate(entry.path())) {
            out.projects.push_back(entry.path().lexically_normal());
        }
    };
    util::walk_tree(dir, directory, file);
    auto by_text = [](const fs::path& a, const fs::path& b) { return a.generic_string() < b.generic_string(); };
    std::sort(out.projects.begin(), out.projects.end(), by_text);
    std::sort(out.workspaces.begin(), out.workspaces.end(), by_text);
    return out;
}

ProjectCandidate score_project(const fs::path& path) {
    ProjectCandidate c;
    c.path = path;
    c.project = load_xcode_project(path, c.diagnostics);
    if (!c.project) {
        c.tier = -1;
        return c;
    }
    std::set<std::string> all;
    for (const XcodeTarget& target : c.project->targets) {
        if (!target.is_app() || target.is_app_clip() || !target.builds_for_ios()) {
            continue;
        }
        std::size_t own = 0;
        for (const std::string& name : target.embedded) {
            const XcodeTarget* embedded = c.project->find_target(name);
            if (embedded != nullptr && embedded->is_extension() && embedded->builds_for_ios()) {
                ++own;
                all.insert(name);
            }
        }
        if (c.app.empty() || own > c.app_extensions) {
            c.app = target.name;
            c.app_extensions = own;
        }
    }
    c.extensions = all.size();
    c.tier = c.app.empty() ? 0 : (c.extensions > 0 ? 2 : 1);
    return c;
}

std::string ProjectCandidate::summary() const {
    if (tier < 0) {
        auto errors = diagnostics.sorted();
        return "could not be read" + (errors.empty() ? std::string() : ": " + errors.front().str());
    }
    if (tier == 0) {
        std::vector<std::string> apps;
        for (const XcodeTarget& target : project->targets) {
            if (target.is_app() && !target.is_app_clip()) {
                apps.push_back(target.name);
            }
        }
        if (apps.empty()) {
            return "no iOS application target (" + plural(project->targets.size(), "target") + ", none an app)";
        }
        return "no iOS application target (" + util::join(apps, ", ") +
               (apps.size() == 1 ? " is not an iOS app)" : " are not iOS apps)");
    }
    std::string out = "iOS app " + app + " embeds ";
    out += app_extensions == 0 ? std::string("no app extension") : plural(app_extensions, "app extension");
    if (extensions > app_extensions) {
        out += " (" + plural(extensions, "app extension") + " across its iOS apps)";
    }
    return out;
}

int compare_candidates(const ProjectCandidate& a, const ProjectCandidate& b) {
    if (a.tier != b.tier) {
        return a.tier > b.tier ? -1 : 1;
    }
    if (a.workspace_depth != b.workspace_depth) {
        if (!a.workspace_depth || !b.workspace_depth) {
            return a.workspace_depth ? -1 : 1;
        }
        return *a.workspace_depth < *b.workspace_depth ? -1 : 1;
    }
    if (a.extensions != b.extensions) {
        return a.extensions > b.extensions ? -1 : 1;
    }
    return 0;
}

bool ProjectDiscovery::tie() const {
    return candidates.size() > 1 && compare_candidates(candidates[0], candidates[1]) == 0;
}

std::string ProjectDiscovery::reason(const fs::path& relative_to) const {
    if (candidates.size() < 2 || tie()) {
        return "";
    }
    const ProjectCandidate& a = candidates[0];
    const ProjectCandidate& b = candidates[1];
    if (a.tier != b.tier) {
        return a.tier == 2 ? "the only project whose iOS app embeds app extensions"
                           : "the only project with an iOS application target";
    }
    if (a.workspace_depth != b.workspace_depth) {
        return "listed by the workspace " + display(a.workspace, relative_to) +
               (b.workspace_depth ? " (" + display(b.workspace, relative_to) + " lies deeper)" : "");
    }
    return "it embeds more app extensions (" + std::to_string(a.extensions) + " against " +
           std::to_string(b.extensions) + " in " + display(b.path, relative_to) + ")";
}

ProjectDiscovery discover_projects(const fs::path& dir) {
    ProjectDiscovery out;
    ProjectFiles files = find_project_files(dir);
    out.workspaces = files.workspaces;
    std::vector<ProjectCandidate> loaded;
    for (const fs::path& path : files.projects) {
        loaded.push_back(score_project(path));
    }
    // A spec that another spec includes is a fragment of that project, not a project of its own.
    std::set<fs::path> included;
    for (const ProjectCandidate& c : loaded) {
        if (!c.project) {
            continue;
        }
        for (const fs::path& file : c.project->spec_files) {
            if (absolute_normal(file) != absolute_normal(c.path)) {
                included.insert(absolute_normal(file));
            }
        }
    }
    // A committed .xcodeproj beside the spec it is generated from (same directory, same name) is the same project:
    // the spec is what the team edits and regenerates the project from.
    std::set<fs::path> generated;
    for (ProjectCandidate& c : loaded) {
        if (!c.project || c.project->kind != XcodeProjectKind::XcodeGen || included.count(absolute_normal(c.path))) {
            continue;
        }
        fs::path bundle = bundle_of(c);
        for (const fs::path& path : files.projects) {
            if (absolute_normal(path.parent_path()) == bundle) {
                c.generated = path.parent_path();
                generated.insert(absolute_normal(path));
                out.notes.push_back(display(c.generated, dir) + " is generated from " + display(c.path, dir) +
                                    " (same directory, same name): using the spec it is regenerated from");
            }
        }
    }
    std::map<fs::path, std::pair<std::size_t, fs::path>> listed; // bundle -> (depth, workspace)
    for (const fs::path& workspace : files.workspaces) {
        util::Diagnostics ignored; // a broken workspace only loses its tie-break
        std::optional<Workspace> w = load_workspace(workspace, ignored);
        if (!w) {
            continue;
        }
        std::size_t depth = depth_below(absolute_normal(dir), absolute_normal(workspace));
        for (const fs::path& project : w->projects) {
            auto [it, inserted] = listed.try_emplace(absolute_normal(project), depth, workspace);
            if (!inserted && depth < it->second.first) {
                it->second = {depth, workspace};
            }
        }
    }
    for (ProjectCandidate& c : loaded) {
        fs::path key = absolute_normal(c.path);
        if (included.count(key)) {
            out.notes.push_back(display(c.path, dir) +
                                " is included by another XcodeGen spec: not a project of its own");
            continue;
        }
        if (generated.count(key)) {
            continue;
        }
        if (auto it = listed.find(bundle_of(c)); it != listed.end()) {
            c.workspace_depth = it->second.first;
            c.workspace = it->second.second;
        }
        out.candidates.push_back(std::move(c));
    }
    std::stable_sort(out.candidates.begin(), out.candidates.end(),
                     [](const ProjectCandidate& a, const ProjectCandidate& b) { return compare_candidates(a, b) < 0; });
    return out;
}

} // namespace axg::load
