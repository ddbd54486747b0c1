// `appexguard baseline [CONTRACT] [-o FILE]`

#include <iostream>
#include <memory>

#include "app/baseline_command.hpp"
#include "cli/commands.hpp"

namespace axg::cli {

void add_baseline_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<app::BaselineOptions>();
    CLI::App* cmd = app.add_subcommand(
        "baseline", "Write the fingerprints of today's findings; `check --baseline FILE` then reports only new ones");
    cmd->add_option("contract", options->check.load.contract_path, "The contract file")->capture_default_str();
    cmd->add_option("-o,--output", options->output, "The baseline file to write (atomically)")->capture_default_str();
    cmd->add_option("--configuration", options->check.load.configuration,
                    "Check only this build configuration (default: every configuration the contract declares)");
    cmd->add_option("--root", options->check.load.root,
                    "Project root that every manifest path must stay inside (default: the contract's directory)");
    cmd->add_option("--policy", options->check.policy,
                    "Policy profile: a built-in name (baseline, strict) or a policy file; overrides the contract's "
                    "project.policy");
    cmd->callback([options, &exit_code]() { exit_code = app::run_baseline(*options, std::cout, std::cerr); });
}

} // namespace axg::cli
