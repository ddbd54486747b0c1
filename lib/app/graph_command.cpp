#include "app/graph_command.hpp"

#include <unistd.h>

#include "app/exit_codes.hpp"
#include "app/output.hpp"
#include "report/dot_summary.hpp"
#include "util/input_log.hpp"

namespace axg::app {

int run_graph(const GraphOptions& options, std::ostream& out, std::ostream& err) {
    util::InputLog inputs; // every file read from here on; no output may replace one
    util::Diagnostics diagnostics;
    auto model = load::load_model(options.load, diagnostics);
    if (!model) {
        return report_input_errors(diagnostics, err);
    }
    std::string error;
    const analysis::Analysis analysis(*model);
    if (options.diagram.format != report::DiagramFormat::Dot && report::diagram_is_summarised(model->contract)) {
        err << "appexguard: note: " << model->contract.components.size() << " components are more than "
            << report::k_summary_components
            << " drawn one by one: the diagram is summarised (extensions grouped by extension point and trust, "
               "stores by kind, channels bundled per pair); --format dot has every element\n";
    }
    std::string bytes = report::render_diagram(analysis, options.diagram, error);
    if (!error.empty()) {
        err << "appexguard: error: " << error << "\n";
        return k_exit_input;
    }
    if (options.diagram.format == report::DiagramFormat::Png && options.output.empty() && ::isatty(STDOUT_FILENO)) {
        err << "appexguard: error: refusing to write PNG to a terminal; use -o FILE or redirect stdout\n";
        return k_exit_input;
    }
    return emit(options.output, bytes, out, err) ? k_exit_clean : k_exit_input;
}

} // namespace axg::app
