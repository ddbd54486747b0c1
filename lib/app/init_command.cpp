#include "app/init_command.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "app/exit_codes.hpp"
#include "app/output.hpp"
#include "load/model_loader.hpp"
#include "load/overlay_source.hpp"
#include "init/contract_synthesis.hpp"
#include "load/toml/contract_writer.hpp"
#include "load/xcode/project_discovery.hpp"
#include "load/xcode/workspace.hpp"
#include "load/xcode/xcode_project.hpp"
#include "util/confinement.hpp"
#include "util/file.hpp"
#include "util/input_log.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace axg::app {

namespace fs = std::filesystem;

namespace {

int input_error(const std::string& where, const std::string& message, std::ostream& err) {
    util::Diagnostics diagnostics;
    diagnostics.error({where, 0, 0}, message);
    return report_input_errors(diagnostics, err);
}

// Any YAML file may be an XcodeGen spec (`xcodegen --spec FILE`).
bool names_project(const fs::path& path) {
    return path.extension() == ".yml" || path.extension() == ".yaml" || path.filename() == "project.pbxproj" ||
           path.extension() == ".xcodeproj";
}

// The directory a project "lives in": the one holding the .xcodeproj bundle, or project.yml's.
fs::path home_of(const fs::path& project) {
    fs::path p = project.filename() == "project.pbxproj" ? project.parent_path() : project;
    return p.parent_path();
}

std::string header(const load::XcodeProject& project) {
    return "appexguard contract for \"" + project.name + "\", written by `appexguard init` from " +
           project.path.filename().string() +
           ".\n"
           "Every \"unknown\" is a security property the project files cannot tell: replace it (check asks for it,\n"
           "AXG905). Channels marked \"Candidate\" are inferred: confirm direction, add a schema, or delete them.\n"
           "Store classifications are guesses (app groups \"internal\", keychain groups \"credential\").\n"
           "See docs/init.md and docs/contract-format.md.";
}

// The project init reads and the directory the contract goes to by default (the repository root).
struct Chosen {
    fs::path home;
    load::ProjectCandidate candidate;
};

// --project PATH: relative to DIR first (the path discovery prints), else to the working directory.
fs::path locate_project(const fs::path& dir, const std::string& project) {
    fs::path path(project);
    std::error_code ec;
    if (path.is_relative() && fs::is_directory(dir, ec) && fs::exists(dir / path, ec)) {
        return dir / path;
    }
    return path;
}

std::string quoted_arg(const std::string& text) {
    bool plain =
        !text.empty() && text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                                "._-/+@%:,") == std::string::npos;
    if (plain) {
        return text;
    }
    std::string out = "'";
    for (char ch : text) {
        out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    }
    return out + "'";
}

std::string display(const fs::path& path, const fs::path& root) {
    std::error_code ec;
    fs::path relative =
        fs::absolute(path, ec).lexically_normal().lexically_relative(fs::absolute(root, ec).lexically_normal());
    return relative.empty() || relative.native().starts_with("..") ? path.generic_string() : relative.generic_string();
}

// A workspace lists projects; it is not one. Say which.
void refuse_workspace(const fs::path& path, std::ostream& err) {
    util::Diagnostics diagnostics;
    std::optional<load::Workspace> workspace = load::load_workspace(path, diagnostics);
    if (!workspace) {
        report_input_errors(diagnostics, err);
        return;
    }
    std::vector<std::string> names;
    for (const auto& project : workspace->projects) {
        names.push_back(project.generic_string());
    }
    input_error(path.string(),
                "a workspace lists projects and is not one; pass one of its projects with --project" +
                    (names.empty() ? std::string(" (it lists none)") : ": " + util::join(names, ", ")),
                err);
}

// The project root of a run: DIR, or the directory holding the project DIR names; a --project outside it (by its
// path as written: a symlink inside DIR that leads out is refused, not followed) brings its own directory. Every
// file init reads for the project stays inside it (util::ReadConfinement).
fs::path project_root(const InitOptions& options, const fs::path& dir) {
    std::error_code ec;
    auto absolute = [&](const fs::path& path) {
        return fs::absolute(path.empty() ? fs::path(".") : path, ec).lexically_normal();
    };
    fs::path root = absolute(fs::is_directory(dir, ec) && !names_project(dir) ? dir : home_of(dir));
    if (!options.project.empty()) {
        fs::path project = absolute(locate_project(dir, options.project));
        if (!util::is_inside(root, project)) {
            root = absolute(home_of(project));
        }
    }
    return root;
}

// Refusals of the confinement become the run's errors: the located ones the loaders reported (naming the file that
// pointed outside) and, for a refusal no diagnostic names, the refused file itself.
int report_refusals(const util::ReadConfinement& confinement, const util::Diagnostics& located, std::ostream& err) {
    util::Diagnostics errors = located;
    for (const util::ReadConfinement::Refusal& refusal : confinement.refusals()) {
        bool named = std::any_of(located.items().begin(), located.items().end(), [&](const util::Diagnostic& d) {
            return d.message.find(refusal.reason) != std::string::npos;
        });
        if (!named) {
            errors.error({refusal.path.generic_string(), 0, 0}, "refusing to read this file: " + refusal.reason);
        }
    }
    return report_input_errors(errors, err);
}

std::optional<Chosen> choose_project(const InitOptions& options, const fs::path& dir, std::ostream& err) {
    std::error_code ec;
    if (!options.project.empty()) {
        fs::path path = locate_project(dir, options.project);
        if (path.extension() == ".xcworkspace") {
            refuse_workspace(path, err);
            return std::nullopt;
        }
        if (!names_project(path) || !fs::exists(path, ec)) {
            input_error(path.string(), "--project must name an existing .xcodeproj, project.pbxproj or XcodeGen spec",
                        err);
            return std::nullopt;
        }
        return Chosen{fs::is_directory(dir, ec) ? dir : home_of(path), load::score_project(path)};
    }
    if (names_project(dir) && fs::exists(dir, ec)) {
        return Chosen{home_of(dir), load::score_project(dir)};
    }
    if (!fs::is_directory(dir, ec)) {
        input_error(dir.string(), "not a directory or an Xcode project", err);
        return std::nullopt;
    }
    load::ProjectDiscovery found = load::discover_projects(dir);
    if (found.candidates.empty()) {
        input_error(dir.string(), "no Xcode project (*.xcodeproj or XcodeGen spec) below this directory", err);
        return std::nullopt;
    }
    auto listed = [&](std::size_t from, std::size_t to) {
        std::vector<std::string> items;
        for (std::size_t i = from; i < to && i < found.candidates.size(); ++i) {
            items.push_back(display(found.candidates[i].path, dir) + " (" + found.candidates[i].summary() + ")");
        }
        return util::join(items, "; ");
    };
    for (const std::string& note : found.notes) {
        err << "init: " << note << "\n";
    }
    if (found.tie()) {
        std::size_t equal = 1;
        while (equal < found.candidates.size() &&
               load::compare_candidates(found.candidates[0], found.candidates[equal]) == 0) {
            ++equal;
        }
        std::string message = "found " + std::to_string(found.candidates.size()) + " Xcode projects and " +
                              std::to_string(equal) + " are equally good: " + listed(0, equal) +
                              ". Pick one: appexguard init " + quoted_arg(dir.generic_string()) + " --project " +
                              quoted_arg(display(found.candidates[0].path, dir));
        if (found.candidates.size() > equal) {
            message += ". Also found: " + listed(equal, found.candidates.size());
        }
        input_error(dir.string(), message, err);
        return std::nullopt;
    }
    const load::ProjectCandidate& best = found.candidates.front();
    err << "init: using " << display(best.path, dir) << ": " << best.summary();
    if (std::string reason = found.reason(dir); !reason.empty()) {
        err << "; " << reason;
    }
    if (found.candidates.size() > 1) {
        err << "; also found: " << listed(1, found.candidates.size());
        err << " (pick another with --project PATH)";
    }
    err << "\n";
    return Chosen{dir, std::move(found.candidates.front())};
}

} // namespace

int run_init(const InitOptions& options, std::ostream& out, std::ostream& err) {
    fs::path dir = options.dir.empty() ? fs::path(".") : fs::path(options.dir);
    std::error_code ec;
    util::InputLog inputs; // every file read from here on; the contract may replace none
    util::ReadConfinement confinement(project_root(options, dir));
    std::optional<Chosen> chosen = choose_project(options, dir, err);
    if (!chosen) {
        return k_exit_input;
    }
    load::ProjectCandidate& picked = chosen->candidate;
    if (!confinement.refusals().empty()) {
        return report_refusals(confinement, picked.diagnostics, err);
    }
    const fs::path& home = chosen->home;
    fs::path output = options.output.empty() ? home / "appexguard.toml" : fs::path(options.output);
    if (!not_an_input("-o", output.string(), err)) {
        return k_exit_input;
    }
    if (fs::exists(output, ec) && !options.force) {
        return input_error(output.string(), "a contract already exists here; pass --force to overwrite it", err);
    }
    if (!picked.project) {
        return report_input_errors(picked.diagnostics, err);
    }
    // Other errors in the project are warnings here (init needs only part of it), but a resource limit is not:
    // what it cut would reach the contract.
    if (picked.diagnostics.has_limits()) {
        return report_input_errors(picked.diagnostics.limits(), err);
    }
    std::optional<load::XcodeProject>& project = picked.project;
    for (const auto& warning : project->warnings) {
        err << "appexguard: warning: " << warning.location.str() << ": " << warning.message << "\n";
    }
    for (const auto& d : picked.diagnostics.sorted()) {
        err << "appexguard: warning: " << d.location.str() << ": " << d.message << "\n";
    }
    util::Diagnostics synthesis_errors;
    fs::path output_dir = output.parent_path().empty() ? fs::path(".") : output.parent_path();
    std::optional<init::Synthesis> synthesis = init::synthesize_contract(*project, output_dir, synthesis_errors);
    if (!confinement.refusals().empty()) {
        return report_refusals(confinement, synthesis_errors, err);
    }
    if (!synthesis) {
        return report_input_errors(synthesis_errors, err);
    }
    // The manifests are inputs too: `-o App/Info.plist --force` must not replace the file it was made from.
    if (!not_an_input("-o", output.string(), err)) {
        return k_exit_input;
    }
    std::string text = load::write_contract(synthesis->contract, {header(*project)});
    // The guard is the whole load `check` does (contract, configurations, every manifest with its variables), not
    // only the TOML: a contract that check would refuse is never written.
    util::Diagnostics reload;
    load::OverlaySource overlay(load::filesystem_source(), output, text);
    load::LoadOptions reload_options;
    reload_options.contract_path = output.string();
    reload_options.root = fs::absolute(output, ec).root_path().string();
    reload_options.source = &overlay;
    if (!load::load_model(reload_options, reload)) {
        err << "appexguard: internal error: the generated contract does not load; please report it\n";
        return report_input_errors(reload, err);
    }
    if (std::string error = util::write_file_atomic(output, text); !error.empty()) {
        return input_error(output.string(), "cannot write the contract: " + error, err);
    }

    const model::Contract& c = synthesis->contract;
    std::ostringstream summary; // target names and paths from the project: made printable below
    summary << "Read " << fs::proximate(project->path, ec).generic_string() << " (" << project->configurations.size()
            << " configurations, " << project->targets.size() << " targets)\n";
    summary << "Components (" << synthesis->components.size() << "):\n";
    for (const auto& comp : synthesis->components) {
        summary << "  " << comp.id << "  <- target " << comp.target << "  "
                << (comp.extension_point.empty() ? "app" : comp.extension_point) << "\n";
    }
    summary << "Stores (" << c.stores.size() << "):\n";
    for (const auto& [id, s] : c.stores) {
        summary << "  " << id << "  " << model::store_kind_name(s.kind) << " " << s.identifier.str() << "  members "
                << util::join(s.members, ", ") << "\n";
    }
    summary << "Candidate channels (" << c.channels.size() << "):\n";
    for (const auto& [id, ch] : c.channels) {
        summary << "  " << id << "  " << model::transport_facts(ch.transport).name << "  " << ch.from << " -> "
                << util::join(ch.to, ", ") << "\n";
    }
    for (const auto& t : synthesis->skipped_targets) {
        summary << "Skipped target " << t << "\n";
    }
    for (const auto& note : synthesis->notes) {
        summary << "Note: " << note << "\n";
    }
    summary << "Wrote " << output.generic_string() << ": fill in " << synthesis->unknowns
            << " \"unknown\" values, then run `appexguard check " << output.generic_string() << "`";
    bool outside = false;
    for (const auto& [id, comp] : c.components) {
        for (const auto* path : {&comp.entitlements, &comp.info_plist}) {
            outside = outside || path->all.starts_with("..");
            for (const auto& [cfg, p] : path->by_configuration) {
                outside = outside || p.starts_with("..");
            }
        }
    }
    if (outside || c.project.xcode_project.starts_with("..")) {
        summary << " with --root set to a directory holding both the contract and the project";
    }
    summary << ".\n";
    out << util::printable_lines(summary.str());
    return k_exit_clean;
}

} // namespace axg::app
