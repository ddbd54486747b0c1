#include "app/drift_command.hpp"

#include <algorithm>
#include <sstream>

#include "app/drift_inputs.hpp"
#include "app/exit_codes.hpp"
#include "app/output.hpp"
#include "check/check.hpp"
#include "report/github.hpp"
#include "report/json.hpp"
#include "report/text.hpp"
#include "util/input_log.hpp"
#include "util/parallel.hpp"

namespace axg::app {

namespace {
bool is_drift_rule(const std::string& id) {
    return id.starts_with("AXG4");
}
} // namespace

int run_drift(const DriftOptions& options, std::ostream& out, std::ostream& err) {
    util::InputLog inputs; // every file read from here on; no output may replace one
    util::Diagnostics diagnostics;
    if (options.base.empty() || (!options.base.ref.empty() && !options.base.dir.empty())) {
        diagnostics.error({}, "drift needs exactly one of --base REF and --base-dir DIR");
        return report_input_errors(diagnostics, err);
    }
    // The two projects load at the same time (util::parallel_for), each with its own messages; the current
    // project's errors are reported first, as when they loaded one after the other.
    std::optional<model::Model> model;
    DriftContext context;
    bool base_loaded = false;
    util::Diagnostics base_diagnostics;
    util::parallel_for(2, [&](std::size_t which) {
        util::InputLog::Adopt reading_for(inputs);
        if (which == 0) {
            model = load::load_model(options.load, diagnostics);
        } else {
            base_loaded = load_drift_context(options.load, {options.base, false, false}, context, base_diagnostics);
        }
    });
    if (!model) {
        return report_input_errors(diagnostics, err);
    }
    if (!base_loaded) {
        diagnostics.append(base_diagnostics);
        return report_input_errors(diagnostics, err);
    }
    model::Policy policy;
    policy.name = model->contract.project.policy;
    const analysis::Analysis analysis(*model, context.inputs());
    check::CheckResult result = check::run_check(analysis, policy, "4");
    // Suppression bookkeeping (AXG90x) sees only the drift findings here; it is check's business.
    std::erase_if(result.findings, [](const model::Finding& f) { return !is_drift_rule(f.rule_id); });

    report::ReportInput input;
    input.findings = result.findings;
    input.contract_path = model->contract.path; // as findings name it
    input.configurations = result.configurations;
    std::ostringstream text;
    if (options.format == "json") {
        report::render_json(input, text);
    } else if (options.format == "github") {
        report::render_github(input, text);
    } else {
        report::render_text(input, {options.color && options.output.empty(), options.quiet}, text);
    }
    if (!emit(options.output, text.str(), out, err)) {
        return k_exit_input;
    }
    return check::gate_fails(result, options.fail_on) ? k_exit_findings : k_exit_clean;
}

} // namespace axg::app
