// `appexguard rules list` / `appexguard rules explain ID`

#include <iostream>
#include <memory>

#include "app/rules_command.hpp"
#include "cli/commands.hpp"

namespace axg::cli {

void add_rules_command(CLI::App& app, int& exit_code) {
    CLI::App* cmd = app.add_subcommand("rules", "The rule catalog: list every rule, or explain one");
    cmd->require_subcommand(1);

    auto list_options = std::make_shared<app::RulesListOptions>();
    CLI::App* list = cmd->add_subcommand("list", "ID, slug, severity, layer and a one-line summary of every rule");
    list->add_option("--format", list_options->format, "Output format")
        ->check(CLI::IsMember({"text", "markdown"}))
        ->capture_default_str();
    list->callback(
        [list_options, &exit_code]() { exit_code = app::run_rules_list(*list_options, std::cout, std::cerr); });

    auto rule_id = std::make_shared<std::string>();
    CLI::App* explain = cmd->add_subcommand("explain", "Print a rule's documentation (what, why, examples, fix)");
    explain->add_option("rule", *rule_id, "Rule ID (AXG101) or slug (unused-app-group)")->required();
    explain->callback([rule_id, &exit_code]() { exit_code = app::run_rules_explain(*rule_id, std::cout, std::cerr); });
}

} // namespace axg::cli
