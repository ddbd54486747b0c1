// `appexguard drift [CONTRACT] --base REF | --base-dir DIR`

#include <iostream>
#include <memory>

#include "app/drift_command.hpp"
#include "cli/commands.hpp"
#include "model/severity.hpp"

namespace axg::cli {

void add_drift_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<app::DriftOptions>();
    auto fail_on = std::make_shared<std::string>("medium");
    CLI::App* cmd = app.add_subcommand(
        "drift", "Compare the contract and its manifests with a git base ref or a directory: schema, control and "
                 "entitlement drift");
    cmd->add_option("contract", options->load.contract_path, "The contract file")->capture_default_str();
    auto* base = cmd->add_option("--base", options->base.ref,
                                 "Git revision to compare with (HEAD~1, origin/main, a tag); read from the object "
                                 "database, no checkout");
    auto* base_dir = cmd->add_option("--base-dir", options->base.dir,
                                     "A directory holding the base version of the project (it plays the role of "
                                     "--root, or of the contract's directory)");
    base->excludes(base_dir);
    base_dir->excludes(base);
    cmd->add_option("--format", options->format, "Report format: text, json, github (GitHub Actions annotations)")
        ->check(CLI::IsMember({"text", "json", "github"}))
        ->capture_default_str();
    std::vector<std::string> levels = model::severity_names();
    levels.push_back("never");
    cmd->add_option("--fail-on", *fail_on, "Exit 1 when a finding is at or above this severity")
        ->check(CLI::IsMember(levels))
        ->capture_default_str();
    cmd->add_option("--configuration", options->load.configuration, "Compare only this build configuration");
    cmd->add_option("--root", options->load.root, "Project root that every manifest path must stay inside");
    cmd->add_option("-o,--output", options->output, "Write the report to this file (atomically) instead of stdout");
    cmd->add_flag("-q,--quiet", options->quiet, "Print findings only: no fix lines, no summary");
    cmd->callback([options, fail_on, &exit_code]() {
        options->fail_on = *fail_on == "never" ? std::nullopt : model::parse_severity(*fail_on);
        options->color = want_color();
        exit_code = app::run_drift(*options, std::cout, std::cerr);
    });
}

} // namespace axg::cli
