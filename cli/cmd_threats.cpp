// `appexguard threats [CONTRACT] [--format text|json|markdown] [--compromised C]`

#include <iostream>
#include <memory>

#include "app/threats_command.hpp"
#include "cli/commands.hpp"

namespace axg::cli {

void add_threats_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<app::ThreatsOptions>();
    CLI::App* cmd = app.add_subcommand(
        "threats", "List the STRIDE threats per flow and store, with mitigations found and missing; or a blast radius");
    cmd->add_option("contract", options->load.contract_path, "The contract file")->capture_default_str();
    cmd->add_option("--format", options->format, "Output format")
        ->check(CLI::IsMember({"text", "json", "markdown"}))
        ->capture_default_str();
    cmd->add_option("--compromised", options->compromised,
                    "Show what an attacker who controls this component can reach, with paths");
    cmd->add_option("--root", options->load.root,
                    "Project root that every manifest path must stay inside (default: the contract's directory)");
    cmd->add_option("-o,--output", options->output, "Write the report to this file (atomically) instead of stdout");
    cmd->callback([options, &exit_code]() { exit_code = app::run_threats(*options, std::cout, std::cerr); });
}

} // namespace axg::cli
