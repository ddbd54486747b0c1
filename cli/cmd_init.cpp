// `appexguard init [DIR] [--project PATH] [--force] [-o FILE]`

#include <iostream>
#include <memory>

#include "app/init_command.hpp"
#include "cli/commands.hpp"

namespace axg::cli {

void add_init_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<app::InitOptions>();
    CLI::App* cmd = app.add_subcommand(
        "init", "Write a starter appexguard.toml from the Xcode project (pbxproj or XcodeGen) under DIR");
    cmd->add_option("dir", options->dir, "Directory to search, or a .xcodeproj / project.yml")->capture_default_str();
    cmd->add_option("--project", options->project,
                    "The Xcode project to read when DIR holds several (a .xcodeproj, project.pbxproj or XcodeGen "
                    "spec; relative to DIR)");
    cmd->add_option("-o,--output", options->output, "Where to write the contract (default: DIR/appexguard.toml)");
    cmd->add_flag("--force", options->force, "Overwrite an existing contract");
    cmd->callback([options, &exit_code]() { exit_code = app::run_init(*options, std::cout, std::cerr); });
}

} // namespace axg::cli
