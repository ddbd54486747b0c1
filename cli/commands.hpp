#pragma once
// Each subcommand adds itself to the CLI11 app; its callback sets the process exit code.

#include <string>

#include <CLI/CLI.hpp>

namespace axg::cli {

void add_check_command(CLI::App& app, int& exit_code);
void add_baseline_command(CLI::App& app, int& exit_code);
void add_graph_command(CLI::App& app, int& exit_code);
void add_threats_command(CLI::App& app, int& exit_code);
void add_drift_command(CLI::App& app, int& exit_code);
void add_lock_command(CLI::App& app, int& exit_code);
void add_rules_command(CLI::App& app, int& exit_code);
void add_init_command(CLI::App& app, int& exit_code);

// An error for the command line when its subcommand is missing or unknown, with the nearest command name ("" when
// the subcommand is one of the app's).
std::string unknown_command(const CLI::App& app, int argc, char** argv);
// "did you mean --sarif (for --sarrif)?" for the first flag of the command line that neither the app nor the typed
// subcommand declares but one of them nearly does; "" when there is none.
std::string flag_hint(const CLI::App& app, int argc, char** argv);

// --color: "auto" (the default), "always" or "never".
void set_color(const std::string& when);
// Whether the text report is coloured: --color always/never decides; under auto, NO_COLOR (set and not empty) turns
// colour off, FORCE_COLOR (set, not empty and not "0") turns it on for CI logs, which are no terminals; otherwise
// colour when stdout is a terminal and TERM is not "dumb".
bool want_color();

} // namespace axg::cli
