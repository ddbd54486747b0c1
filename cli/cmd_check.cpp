// `appexguard check [CONTRACT]`

#include <iostream>
#include <memory>

#include "app/check_command.hpp"
#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "model/severity.hpp"

namespace axg::cli {

void add_check_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<app::CheckOptions>();
    auto fail_on = std::make_shared<std::string>(model::severity_name(app::k_default_fail_on));
    CLI::App* cmd = app.add_subcommand("check", "Load the contract and its manifests, run every rule, report, gate");
    cmd->add_option("contract", options->load.contract_path, "The contract file")->capture_default_str();
    cmd->add_option("--format", options->format,
                    "Report format: text, json, sarif (SARIF 2.1.0 on stdout), github (GitHub Actions annotations)")
        ->check(CLI::IsMember({"text", "json", "sarif", "github"}))
        ->capture_default_str();
    std::vector<std::string> levels = model::severity_names();
    levels.push_back("never");
    cmd->add_option("--fail-on", *fail_on, "Exit 1 when a finding is at or above this severity")
        ->check(CLI::IsMember(levels))
        ->capture_default_str();
    cmd->add_option("--configuration", options->load.configuration,
                    "Check only this build configuration (default: every configuration the contract declares)");
    cmd->add_option("--root", options->load.root,
                    "Project root that every manifest path must stay inside (default: the contract's directory)");
    cmd->add_option("--policy", options->policy,
                    "Policy profile: a built-in name (baseline, strict) or a policy file; overrides the contract's "
                    "project.policy");
    cmd->add_option("--base", options->base.ref,
                    "Also run the drift rules (4xx) against this git revision, e.g. origin/main")
        ->excludes(cmd->add_option("--base-dir", options->base.dir,
                                   "Also run the drift rules (4xx) against the project in this directory"));
    cmd->add_flag("--require-lock", options->require_lock,
                  "Fail with exit 2 when no appexguard.lock lies beside the contract");
    cmd->add_option("-o,--output", options->output, "Write the report to this file (atomically) instead of stdout");
    cmd->add_flag("-q,--quiet", options->quiet, "Print findings only: no fix lines, no summary");
    add_report_options(*cmd, options->reports);
    cmd->callback([options, fail_on, &exit_code]() {
        options->fail_on = *fail_on == "never" ? std::nullopt : model::parse_severity(*fail_on);
        options->color = want_color();
        exit_code = app::run_check(*options, std::cout, std::cerr);
    });
}

} // namespace axg::cli
