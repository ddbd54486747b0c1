#include "load/xcode_facts_loader.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "load/xcode/project_discovery.hpp"
#include "util/confinement.hpp"
#include "util/paths.hpp"
#include "util/repository_path.hpp"
#include "util/text.hpp"
#include "util/tree_walk.hpp"

namespace axg::load {

namespace fs = std::filesystem;

namespace {

bool skipped_directory(const fs::path& path) {
    static const std::set<std::string, std::less<>> names = {"Pods", "build", ".git", "DerivedData", "node_modules"};
    std::string name = path.filename().string();
    return names.count(name) > 0 || name.ends_with(".xcodeproj") || name.ends_with(".xcworkspace") ||
           name.ends_with(".app") || name.ends_with(".appex");
}

// A project file as findings name it: relative to the repository (util::repository_name), as the loader names the
// contract and its manifests.
std::string display_of(const fs::path& absolute, const fs::path& repository) {
    return util::name_below(absolute, repository);
}

std::string resolved(const XcodeProject& project, const std::string& value) {
    auto path = project.resolve_path(value);
    return path ? path->lexically_normal().string() : "";
}

// CODE_SIGN_ENTITLEMENTS with every variable that is empty in this configuration widened to '*': such a variable
// is a hook for a local override (NetNewsWire's $(DEVELOPER_ENTITLEMENTS) picks NetNewsWire-dev.entitlements), so
// the files it can select are not orphans.
std::string entitlements_pattern(const XcodeProject& project, const XcodeTarget& target,
                                 const std::string& configuration) {
    auto settings = target.settings.find(configuration);
    if (settings == target.settings.end()) {
        return "";
    }
    auto raw = settings->second.find("CODE_SIGN_ENTITLEMENTS");
    if (raw == settings->second.end() || raw->second.empty() || raw->second.find('$') == std::string::npos) {
        return "";
    }
    BuildSettings widened = settings->second;
    bool any = false;
    for (auto& [key, value] : widened) {
        if (value.empty() && raw->second.find(key) != std::string::npos) {
            value = "*";
            any = true;
        }
    }
    return any ? resolved(project, expand_setting(raw->second, widened).text) : "";
}

// Components to targets, the most certain evidence first, each target claimed once: the target a component names
// (`target`, which init writes); the same bundle identifier in some configuration; the same Info.plist, then the
// same entitlements file, each only when no other target uses that file (one .entitlements file signing eight
// targets says nothing about which of them a component is).
std::map<std::string, std::string> match_components(const model::XcodeFacts& facts, const model::Model& loaded) {
    std::map<std::string, std::string> out;
    std::set<std::string> claimed;
    std::map<std::string, std::set<std::string>> users; // absolute manifest path -> targets using it
    for (const auto& t : facts.targets) {
        for (const auto* paths : {&t.entitlements, &t.info_plist}) {
            for (const auto& [configuration, path] : *paths) {
                if (!path.empty()) {
                    users[path].insert(t.name);
                }
            }
        }
    }
    auto bundle_id = [&](const std::string& id, const model::XcodeTargetFacts& t) {
        for (const auto& view : loaded.configurations) {
            const model::ComponentManifests* m = view.component(id);
            if (!m || m->bundle_id.empty()) {
                continue;
            }
            for (const auto& [configuration, value] : t.bundle_id) {
                if (value == m->bundle_id) {
                    return true;
                }
            }
        }
        return false;
    };
    auto same_file = [&](const model::PerConfigValue& declared, const std::map<std::string, std::string>& used) {
        for (const auto& view : loaded.configurations) {
            std::string path = facts.absolute(declared.for_configuration(view.name));
            if (path.empty() || users[path].size() != 1) {
                continue;
            }
            for (const auto& [configuration, value] : used) {
                if (value == path) {
                    return true;
                }
            }
        }
        return false;
    };
    using Test = std::function<bool(const std::string&, const model::Component&, const model::XcodeTargetFacts&)>;
    const Test tests[] = {
        [](const std::string&, const model::Component& c, const model::XcodeTargetFacts& t) {
            return !c.target.empty() && c.target == t.name;
        },
        [&](const std::string& id, const model::Component&, const model::XcodeTargetFacts& t) {
            return bundle_id(id, t);
        },
        [&](const std::string&, const model::Component& c, const model::XcodeTargetFacts& t) {
            return same_file(c.info_plist, t.info_plist);
        },
        [&](const std::string&, const model::Component& c, const model::XcodeTargetFacts& t) {
            return same_file(c.entitlements, t.entitlements);
        },
    };
    for (const Test& test : tests) {
        for (const auto& [id, component] : loaded.contract.components) {
            if (out.count(id)) {
                continue;
            }
            for (const auto& t : facts.targets) {
                if (!claimed.count(t.name) && test(id, component, t)) {
                    out[id] = t.name;
                    claimed.insert(t.name);
                    break;
                }
            }
        }
    }
    return out;
}

// Another project defined below the same root: a sibling XcodeGen root spec, a spec this one does not include, or an
// .xcodeproj elsewhere than beside this one (the one beside a spec is generated from it).
bool other_project(const XcodeProject& project, const fs::path& found, const std::set<fs::path>& own_specs) {
    fs::path bundle = found.filename() == "project.pbxproj" ? found.parent_path() : found;
    const fs::path self = project.path.lexically_normal();
    if (found.lexically_normal() == self || bundle.lexically_normal() == self) {
        return false;
    }
    if (bundle.extension() == ".xcodeproj") {
        return bundle.parent_path().lexically_normal() != project.source_root.lexically_normal();
    }
    return !own_specs.count(found.lexically_normal());
}

// AXG122's files: an unused file outside the folders of this project's own manifests may be signed by another project
// below the same root, so it is not judged when there is one. Looked for only when some file is unused (another walk
// of the tree).
void drop_files_of_other_projects(const XcodeProject& project, model::XcodeFacts& facts) {
    auto unused = [](const model::EntitlementsFile& f) { return f.used_by.empty(); };
    if (std::none_of(facts.entitlements_files.begin(), facts.entitlements_files.end(), unused)) {
        return;
    }
    std::set<fs::path> own_specs; // the root spec and the specs it includes
    for (const fs::path& spec : project.spec_files) {
        own_specs.insert(spec.lexically_normal());
    }
    const auto found = find_project_files(project.source_root).projects;
    if (std::none_of(found.begin(), found.end(),
                     [&](const fs::path& other) { return other_project(project, other, own_specs); })) {
        return;
    }
    std::set<fs::path> own_dirs;
    for (const auto& t : facts.targets) {
        for (const auto* paths : {&t.entitlements, &t.info_plist}) {
            for (const auto& [configuration, path] : *paths) {
                if (!path.empty()) {
                    own_dirs.insert(fs::path(path).parent_path().lexically_normal());
                }
            }
        }
    }
    std::erase_if(facts.entitlements_files, [&](const model::EntitlementsFile& f) {
        return unused(f) && !own_dirs.count(fs::path(f.path).parent_path().lexically_normal());
    });
}

} // namespace

std::vector<fs::path> find_entitlements_files(const fs::path& dir) {
    std::vector<fs::path> out;
    util::walk_tree(
        dir, [](const fs::directory_entry& entry) { return !skipped_directory(entry.path()); },
        [&](const fs::directory_entry& entry) {
            if (entry.path().extension() == ".entitlements") {
                out.push_back(entry.path().lexically_normal());
            }
        });
    std::sort(out.begin(), out.end());
    return out;
}

model::XcodeFacts xcode_facts(const XcodeProject& project, const model::Model& loaded, const fs::path& contract_dir,
                              const fs::path& repository) {
    model::XcodeFacts facts;
    facts.contract_dir = contract_dir.lexically_normal().string();
    facts.path = display_of(project.path.lexically_normal(), repository);
    facts.named_at = loaded.contract.project.at("xcode_project");
    std::vector<std::pair<std::string, std::string>> patterns; // (glob, target)
    // A manifest the project names with the wrong letter case is the file on disk, as on a Mac (AXG124 says so).
    std::set<std::string> case_seen;
    auto on_disk = [&](std::string path, const util::SourceLocation& at) {
        std::optional<fs::path> found = path.empty() ? std::nullopt : util::find_case_insensitive(path);
        if (!found) {
            return path;
        }
        std::string real = found->lexically_normal().string();
        if (case_seen.insert(path).second) {
            facts.case_mismatches.push_back(
                {display_of(path, repository), display_of(real, repository), at, facts.path});
        }
        return real;
    };
    std::map<std::string, std::set<std::string>> signs_with; // target -> every entitlements file, any SDK
    for (const XcodeTarget& target : project.targets) {
        model::XcodeTargetFacts t;
        t.name = target.name;
        t.app = target.is_app();
        t.extension = target.is_extension();
        t.embedded = target.embedded;
        t.location = target.location;
        if (fs::path(t.location.file.str()).lexically_normal() == project.path.lexically_normal()) {
            t.location.file = facts.path;
        }
        t.ios = target.builds_for_ios();
        for (const std::string& value : target.all_entitlements_values) {
            signs_with[target.name].insert(on_disk(resolved(project, value), t.location));
        }
        for (const auto& configuration : project.configurations) {
            if (!target.settings.count(configuration)) {
                continue;
            }
            t.entitlements[configuration] =
                on_disk(resolved(project, target.code_sign_entitlements(configuration)), t.location);
            t.info_plist[configuration] = on_disk(resolved(project, target.info_plist_file(configuration)), t.location);
            t.bundle_id[configuration] = target.product_bundle_identifier(configuration);
            if (auto pattern = entitlements_pattern(project, target, configuration); !pattern.empty()) {
                patterns.emplace_back(pattern, target.name);
            }
        }
        for (const auto* paths : {&t.entitlements, &t.info_plist}) {
            for (const auto& [configuration, path] : *paths) {
                std::error_code ec;
                if (!path.empty() && !fs::exists(path, ec)) {
                    facts.absent_files.insert(path);
                }
            }
        }
        facts.targets.push_back(std::move(t));
    }
    for (const fs::path& file : find_entitlements_files(project.source_root)) {
        model::EntitlementsFile f;
        f.path = file.string();
        f.display = display_of(file, repository);
        for (const auto& t : facts.targets) {
            bool uses = std::any_of(t.entitlements.begin(), t.entitlements.end(),
                                    [&](const auto& entry) { return entry.second == f.path; });
            uses = uses || signs_with[t.name].count(f.path) > 0;
            uses = uses || std::any_of(patterns.begin(), patterns.end(), [&](const auto& p) {
                       return p.second == t.name && glob_match(p.first, f.path);
                   });
            if (uses) {
                f.used_by.push_back(t.name);
            }
        }
        facts.entitlements_files.push_back(std::move(f));
    }
    drop_files_of_other_projects(project, facts);
    facts.component_targets = match_components(facts, loaded);
    return facts;
}

bool attach_xcode_facts(model::Model& model, const LoadOptions& options, util::Diagnostics& diagnostics,
                        std::vector<util::Diagnostic>& warnings) {
    const std::string& named = model.contract.project.xcode_project;
    if (named.empty()) {
        return true;
    }
    std::error_code ec;
    const fs::path repository = util::repository_root(options.contract_path);
    fs::path contract_dir = fs::weakly_canonical(fs::absolute(options.contract_path).parent_path(), ec);
    fs::path root = options.root.empty() ? contract_dir : fs::weakly_canonical(fs::absolute(options.root), ec);
    fs::path path = fs::weakly_canonical(contract_dir / named, ec);
    if (!util::is_inside(root, path)) {
        diagnostics.error(model.contract.project.at("xcode_project"), "xcode_project \"" + util::printable(named) +
                                                                          "\" lies outside the project root " +
                                                                          root.string() + " (pass --root to allow it)");
        return false;
    }
    util::Diagnostics local;
    util::ReadConfinement confinement(root); // the project's xcconfigs, includes and specs (docs/security.md)
    std::optional<XcodeProject> project = load_xcode_project(path, local);
    if (!confinement.refusals().empty()) {
        diagnostics.append(local); // each refusal is a located error naming the file that pointed outside
        return false;
    }
    if (!project) {
        diagnostics.append(local);
        if (local.empty()) {
            diagnostics.error(model.contract.project.at("xcode_project"),
                              "cannot read the Xcode project \"" + util::printable(named) + "\"");
        }
        return false;
    }
    if (fs::path source_root = fs::weakly_canonical(project->source_root, ec); !util::is_inside(root, source_root)) {
        // projectDirPath: the walk for entitlements files would list names from outside the root.
        diagnostics.error({project->path.generic_string(), 0, 0},
                          "the project's source root resolves to " + source_root.string() +
                              " (projectDirPath), outside the project root " + root.string());
        return false;
    }
    for (const auto& d : local.items()) {
        warnings.push_back(d); // located problems inside a project that still loaded do not stop the check
    }
    warnings.insert(warnings.end(), project->warnings.begin(), project->warnings.end());
    model.xcode = xcode_facts(*project, model, contract_dir, repository);
    return true;
}

} // namespace axg::load
