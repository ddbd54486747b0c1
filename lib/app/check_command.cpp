#include "app/check_command.hpp"

#include <filesystem>
#include <memory>
#include <sstream>

#include "app/drift_inputs.hpp"
#include "app/exit_codes.hpp"
#include "app/output.hpp"
#include "app/report_outputs.hpp"
#include "check/check.hpp"
#include "load/toml/policy_loader.hpp"
#include "load/xcode_facts_loader.hpp"
#include "report/github.hpp"
#include "report/json.hpp"
#include "report/sarif.hpp"
#include "report/text.hpp"
#include "util/exit_drop.hpp"
#include "util/input_log.hpp"

namespace axg::app {

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
    util::InputLog inputs; // every file read from here on; no output may replace one
    util::Diagnostics diagnostics;
    auto loaded = load::load_model(options.load, diagnostics);
    if (!loaded) {
        return report_input_errors(diagnostics, err);
    }
    auto model = std::make_unique<axg::model::Model>(std::move(*loaded));
    std::vector<util::Diagnostic> project_warnings; // e.g. xcconfig includes that are generated, not committed
    if (!load::attach_xcode_facts(*model, options.load, diagnostics, project_warnings)) {
        return report_input_errors(diagnostics, err);
    }
    for (const auto& warning : project_warnings) {
        if (!options.quiet) {
            err << "appexguard: warning: " << warning.location.str() << ": " << warning.message << "\n";
        }
    }
    auto policy = options.policy.empty()
                      ? load::load_policy(model->contract.project.policy,
                                          std::filesystem::path(options.load.contract_path).parent_path().string(),
                                          model->contract.project.at("policy"), diagnostics)
                      : load::load_policy(options.policy, ".", {"--policy", 0, 0}, diagnostics);
    if (!policy) {
        return report_input_errors(diagnostics, err);
    }
    DriftContext drift;
    if (!load_drift_context(options.load, {options.base, true, options.require_lock}, drift, diagnostics)) {
        return report_input_errors(diagnostics, err);
    }
    PreparedReports reports; // templates and the baseline, loaded before anything runs
    if (!prepare_report_outputs(options.reports, reports, diagnostics)) {
        return report_input_errors(diagnostics, err);
    }
    auto analyzed = std::make_unique<const analysis::Analysis>(*model, drift.inputs());
    const analysis::Analysis& analysis = *analyzed;
    auto checked = std::make_unique<check::CheckResult>(check::run_check(analysis, *policy));
    check::CheckResult& result = *checked;

    apply_report_baseline(options.reports, reports, result);
    report::ReportInput input;
    input.findings = result.findings;
    input.contract_path = model->contract.path; // as findings name it
    input.configurations = result.configurations;
    complete_report_input(reports, analysis, *policy, options.load.contract_path, options.fail_on, input);
    std::vector<Output> files; // written together with the main report, all or none
    if (!render_report_outputs(options.reports, reports, input, files, err)) {
        return k_exit_input;
    }
    std::ostringstream text;
    if (options.format == "json") {
        report::render_json(input, text);
    } else if (options.format == "sarif") {
        report::render_sarif(input, text);
    } else if (options.format == "github") {
        report::render_github(input, text);
    } else {
        report::render_text(input, {options.color && options.output.empty(), options.quiet}, text);
    }
    files.push_back({"-o", options.output, text.str()});
    if (!emit_all(files, out, err)) {
        return k_exit_input;
    }
    int exit_code = check::gate_fails(result, options.fail_on) ? k_exit_findings : k_exit_clean;
    util::drop_at_exit(std::move(checked)); // the results refer to the analysis, the analysis to the model
    util::drop_at_exit(std::move(analyzed));
    util::drop_at_exit(std::move(model));
    return exit_code;
}

} // namespace axg::app
