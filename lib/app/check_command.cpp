#include "app/check_command.hpp"

#include <sstream>

#include "app/exit_codes.hpp"
#include "app/output.hpp"
#include "check/check.hpp"
#include "report/json.hpp"
#include "report/text.hpp"

namespace axg::app {

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
    util::Diagnostics diagnostics;
    auto model = load::load_model(options.load, diagnostics);
    if (!model) {
        return report_input_errors(diagnostics, err);
    }
    model::Policy policy;
    policy.name = model->contract.project.policy;
    check::CheckResult result = check::run_check(*model, policy);

    report::ReportInput input{result.findings, options.load.contract_path, result.configurations};
    std::ostringstream text;
    if (options.format == "json") {
        report::render_json(input, text);
    } else {
        report::render_text(input, {options.color && options.output.empty(), options.quiet}, text);
    }
    if (!emit(options.output, text.str(), out, err)) {
        return k_exit_input;
    }
    return check::gate_fails(result, options.fail_on) ? k_exit_findings : k_exit_clean;
}

} // namespace axg::app
