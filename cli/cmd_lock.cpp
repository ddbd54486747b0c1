// `appexguard lock [CONTRACT]`

#include <iostream>
#include <memory>

#include "app/lock_command.hpp"
#include "cli/commands.hpp"

namespace axg::cli {

void add_lock_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<app::LockOptions>();
    CLI::App* cmd = app.add_subcommand(
        "lock", "Write appexguard.lock: the approved entitlements per component and configuration, for security "
                "reviewers to own");
    cmd->add_option("contract", options->load.contract_path, "The contract file")->capture_default_str();
    cmd->add_option("--root", options->load.root, "Project root that every manifest path must stay inside");
    cmd->add_option("-o,--output", options->output,
                    "Write the lock here instead of beside the contract (\"-\" for stdout)");
    cmd->callback([options, &exit_code]() { exit_code = app::run_lock(*options, std::cout, std::cerr); });
}

} // namespace axg::cli
