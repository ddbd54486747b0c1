// `appexguard graph [CONTRACT] --format dot|svg|png [--view channels|threats|blast:C] [-o FILE]`

#include <iostream>
#include <memory>

#include "app/graph_command.hpp"
#include "cli/commands.hpp"

namespace axg::cli {

void add_graph_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<app::GraphOptions>();
    auto format = std::make_shared<std::string>("dot");
    CLI::App* cmd = app.add_subcommand("graph", "Draw the channel/threat graph as DOT, SVG or PNG (Graphviz)");
    cmd->add_option("contract", options->load.contract_path, "The contract file")->capture_default_str();
    cmd->add_option("--format", *format, "Diagram format")
        ->check(CLI::IsMember({"dot", "svg", "png"}))
        ->capture_default_str();
    cmd->add_option("--view", options->diagram.view,
                    "channels, threats (flows coloured by their worst open threat) or blast:<component>")
        ->capture_default_str();
    cmd->add_option("--root", options->load.root,
                    "Project root that every manifest path must stay inside (default: the contract's directory)");
    cmd->add_option("-o,--output", options->output, "Write the diagram to this file (atomically) instead of stdout");
    cmd->callback([options, format, &exit_code]() {
        options->diagram.format = *format == "svg"   ? report::DiagramFormat::Svg
                                  : *format == "png" ? report::DiagramFormat::Png
                                                     : report::DiagramFormat::Dot;
        exit_code = app::run_graph(*options, std::cout, std::cerr);
    });
}

} // namespace axg::cli
