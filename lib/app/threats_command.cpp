#include "app/threats_command.hpp"

#include <sstream>

#include "app/exit_codes.hpp"
#include "app/output.hpp"
#include "analysis/analysis.hpp"
#include "report/threats_report.hpp"
#include "util/text.hpp"
#include "util/input_log.hpp"

namespace axg::app {

int run_threats(const ThreatsOptions& options, std::ostream& out, std::ostream& err) {
    util::InputLog inputs; // every file read from here on; no output may replace one
    util::Diagnostics diagnostics;
    auto model = load::load_model(options.load, diagnostics);
    if (!model) {
        return report_input_errors(diagnostics, err);
    }
    const auto& contract = model->contract;
    const analysis::Analysis analysis(*model);
    report::ThreatsInput input;
    input.contract_path = contract.path; // as findings name it
    input.project = contract.project.name;
    if (!options.compromised.empty()) {
        input.blast = graph::blast_radius(analysis.index(), options.compromised);
        if (!input.blast) {
            std::vector<std::string> known;
            for (const auto& [id, c] : contract.components) {
                known.push_back(id);
            }
            err << "appexguard: error: --compromised: the contract declares no component \""
                << util::printable(options.compromised) << "\"; it declares " << util::quoted_list(known, "and")
                << "\n";
            return k_exit_input;
        }
        const graph::Node* node = analysis.graph().node(graph::component_node(options.compromised));
        input.compromised_detail = node->detail + ", " + std::string(model::trust_name(node->trust)) + " trust";
    } else {
        input.threats = analysis.threats();
    }
    auto render = [&](std::ostream& to) {
        if (options.format == "json") {
            report::render_threats_json(input, to);
        } else if (options.format == "markdown") {
            report::render_threats_markdown(input, to);
        } else {
            report::render_threats_text(input, to);
        }
    };
    if (options.output.empty() || options.output == "-") {
        // Straight to stdout (a monorepo's threat list is hundreds of MB): rendering cannot fail half-way.
        render(out);
        out.flush();
        return out ? k_exit_clean : k_exit_input;
    }
    std::ostringstream text;
    render(text);
    return emit(options.output, std::move(text).str(), out, err) ? k_exit_clean : k_exit_input;
}

} // namespace axg::app
