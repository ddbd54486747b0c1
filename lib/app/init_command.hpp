#pragma once
// `appexguard init [DIR] [--project PATH]`: find the Xcode project under DIR (load/project_discovery: the one
// whose iOS app embeds app extensions, said on stderr with the reason), write a starter appexguard.toml from it
// (init/contract_synthesis), and say what was found and what the user must fill in.

#include <ostream>
#include <string>

namespace axg::app {

struct InitOptions {
    std::string dir = "."; // a directory to search, or a .xcodeproj / project.pbxproj / project.yml
    std::string project;   // "" = discover; else the project to read (relative to DIR, else to the working dir)
    std::string output;    // "" = DIR/appexguard.toml
    bool force = false;    // overwrite an existing contract
};

// Returns the exit code (app/exit_codes.hpp).
int run_init(const InitOptions& options, std::ostream& out, std::ostream& err);

} // namespace axg::app
