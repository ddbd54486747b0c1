#pragma once
// Each subcommand adds itself to the CLI11 app; its callback sets the process exit code.

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

// Whether stdout is a terminal that wants colour (NO_COLOR unset, TERM not "dumb").
bool want_color();

} // namespace axg::cli
