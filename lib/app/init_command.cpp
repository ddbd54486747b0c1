#include "app/init_command.hpp"

#include <filesystem>

#include "app/exit_codes.hpp"
#include "app/output.hpp"
#include "load/toml/contract_loader.hpp"
#include "init/contract_synthesis.hpp"
#include "load/toml/contract_writer.hpp"
#include "load/xcode/xcode_project.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace axg::app {

namespace fs = std::filesystem;

namespace {

int input_error(const std::string& where, const std::string& message, std::ostream& err) {
    util::Diagnostics diagnostics;
    diagnostics.error({where, 0, 0}, message);
    return report_input_errors(diagnostics, err);
}

bool names_project(const fs::path& path) {
    return path.filename() == "project.yml" || path.filename() == "project.pbxproj" || path.extension() == ".xcodeproj";
}

// The directory a project "lives in": the one holding the .xcodeproj bundle, or project.yml's.
fs::path home_of(const fs::path& project) {
    fs::path p = project.filename() == "project.pbxproj" ? project.parent_path() : project;
    return p.parent_path();
}

std::string header(const init::Synthesis& s, const load::XcodeProject& project) {
    return "appexguard contract for \"" + project.name + "\", written by `appexguard init` from " +
           project.path.filename().string() +
           ".\n"
           "Every \"unknown\" is a security property the project files cannot tell: replace it (check asks for it,\n"
           "AXG905). Channels marked \"Candidate\" are inferred: confirm direction, add a schema, or delete them.\n"
           "Store classifications are guesses (app groups \"internal\", keychain groups \"credential\").\n"
           "See docs/init.md and docs/contract-format.md." +
           (s.skipped_configurations.empty()
                ? std::string()
                : "\nConfigurations left out: " + util::join(s.skipped_configurations, "; ") + ".");
}

} // namespace

int run_init(const InitOptions& options, std::ostream& out, std::ostream& err) {
    fs::path dir = options.dir.empty() ? fs::path(".") : fs::path(options.dir);
    std::error_code ec;
    fs::path project_path;
    fs::path home;
    if (names_project(dir) && fs::exists(dir, ec)) {
        project_path = dir;
        home = home_of(dir);
    } else if (fs::is_directory(dir, ec)) {
        std::vector<fs::path> found = load::find_xcode_projects(dir);
        if (found.empty()) {
            return input_error(dir.string(),
                               "no Xcode project (*.xcodeproj or XcodeGen project.yml) below this directory", err);
        }
        if (found.size() > 1) {
            std::vector<std::string> names;
            for (const auto& f : found) {
                names.push_back(f.string());
            }
            return input_error(dir.string(),
                               "found " + std::to_string(found.size()) + " Xcode projects (" + util::join(names, ", ") +
                                   "); run `appexguard init` on one of them",
                               err);
        }
        project_path = found.front();
        home = dir;
    } else {
        return input_error(dir.string(), "not a directory or an Xcode project", err);
    }
    fs::path output = options.output.empty() ? home / "appexguard.toml" : fs::path(options.output);
    if (fs::exists(output, ec) && !options.force) {
        return input_error(output.string(), "a contract already exists here; pass --force to overwrite it", err);
    }

    util::Diagnostics diagnostics;
    std::optional<load::XcodeProject> project = load::load_xcode_project(project_path, diagnostics);
    if (!project) {
        return report_input_errors(diagnostics, err);
    }
    for (const auto& warning : project->warnings) {
        err << "appexguard: warning: " << warning.location.str() << ": " << warning.message << "\n";
    }
    for (const auto& d : diagnostics.sorted()) {
        err << "appexguard: warning: " << d.location.str() << ": " << d.message << "\n";
    }
    util::Diagnostics synthesis_errors;
    fs::path output_dir = output.parent_path().empty() ? fs::path(".") : output.parent_path();
    std::optional<init::Synthesis> synthesis = init::synthesize_contract(*project, output_dir, synthesis_errors);
    if (!synthesis) {
        return report_input_errors(synthesis_errors, err);
    }
    std::string text = load::write_contract(synthesis->contract, {header(*synthesis, *project)});
    util::Diagnostics reload;
    if (!load::parse_contract(text, output.string(), reload)) {
        err << "appexguard: internal error: the generated contract does not load; please report it\n";
        return report_input_errors(reload, err);
    }
    if (std::string error = util::write_file_atomic(output, text); !error.empty()) {
        return input_error(output.string(), "cannot write the contract: " + error, err);
    }

    const model::Contract& c = synthesis->contract;
    out << "Read " << fs::proximate(project->path, ec).generic_string() << " (" << project->configurations.size()
        << " configurations, " << project->targets.size() << " targets)\n";
    out << "Components (" << synthesis->components.size() << "):\n";
    for (const auto& comp : synthesis->components) {
        out << "  " << comp.id << "  <- target " << comp.target << "  "
            << (comp.extension_point.empty() ? "app" : comp.extension_point) << "\n";
    }
    out << "Stores (" << c.stores.size() << "):\n";
    for (const auto& [id, s] : c.stores) {
        out << "  " << id << "  " << model::store_kind_name(s.kind) << " " << s.identifier << "  members "
            << util::join(s.members, ", ") << "\n";
    }
    out << "Candidate channels (" << c.channels.size() << "):\n";
    for (const auto& [id, ch] : c.channels) {
        out << "  " << id << "  " << model::transport_facts(ch.transport).name << "  " << ch.from << " -> "
            << util::join(ch.to, ", ") << "\n";
    }
    for (const auto& t : synthesis->skipped_targets) {
        out << "Skipped target " << t << "\n";
    }
    for (const auto& cfg : synthesis->skipped_configurations) {
        out << "Skipped configuration " << cfg << "\n";
    }
    for (const auto& note : synthesis->notes) {
        out << "Note: " << note << "\n";
    }
    out << "Wrote " << output.generic_string() << ": fill in " << synthesis->unknowns
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
        out << " with --root set to a directory holding both the contract and the project";
    }
    out << ".\n";
    return k_exit_clean;
}

} // namespace axg::app
