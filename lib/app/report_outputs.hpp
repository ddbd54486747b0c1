#pragma once
// The CI outputs of `check` besides the main report (docs/reports.md): SARIF, JUnit, Markdown
// and HTML files in one run, a baseline to compare against, and template overrides. Everything
// that can fail on input (templates, the baseline file) is loaded before the check runs, and
// every report is rendered before any file is written; the files are written all together or not at all.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/output.hpp"
#include "check/baseline.hpp"
#include "check/check.hpp"
#include "model/manifest.hpp"
#include "report/report.hpp"
#include "report/templates.hpp"
#include "util/diagnostics.hpp"

namespace axg::app {

struct ReportOutputs {
    std::string sarif;          // --sarif FILE
    std::string junit;          // --junit FILE
    std::string markdown;       // --markdown FILE
    std::string html;           // --html FILE
    std::string codequality;    // --gitlab-codequality FILE
    std::string templates;      // --templates DIR: overrides templates/*.mustache
    std::string baseline;       // --baseline FILE: report only findings it does not hold
    std::string write_baseline; // `appexguard baseline`: write today's findings here
};

// What prepare_report_outputs loaded and what the check run adds.
struct PreparedReports {
    std::optional<report::Template> markdown_template;
    std::optional<report::Template> html_template;
    std::optional<check::Baseline> baseline;
    report::BaselineSummary baseline_summary;
    std::size_t baseline_written = 0; // entries in the baseline written (write_baseline)
    std::string baseline_json;
};

// Loads the templates the requested outputs need and the baseline file. False: diagnostics added.
bool prepare_report_outputs(const ReportOutputs& outputs, PreparedReports& prepared, util::Diagnostics& diagnostics);

// Records today's findings for write_baseline, then removes the findings the baseline accepts
// (so that the main report and the gate see new findings only).
void apply_report_baseline(const ReportOutputs& outputs, PreparedReports& prepared, check::CheckResult& result);

// Fills the report input's context: model, policy, the repository root of `contract_file` (the contract as typed),
// baseline, gate.
void complete_report_input(const PreparedReports& prepared, const analysis::Analysis& analysis,
                           const model::Policy& policy, const std::string& contract_file,
                           std::optional<model::Severity> fail_on, report::ReportInput& input);

// Renders every requested file into `files` (for app::emit_all, which writes them with the main report, all or
// none). False (and why on `err`) when a template cannot be rendered.
bool render_report_outputs(const ReportOutputs& outputs, const PreparedReports& prepared,
                           const report::ReportInput& input, std::vector<Output>& files, std::ostream& err);

} // namespace axg::app
