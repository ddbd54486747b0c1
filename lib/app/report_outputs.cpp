#include "app/report_outputs.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <sstream>
#include <utility>
#include <vector>

#include "report/gitlab_codequality.hpp"
#include "report/html.hpp"
#include "report/junit.hpp"
#include "report/markdown.hpp"
#include "report/sarif.hpp"
#include "util/file.hpp"
#include "util/parallel.hpp"
#include "util/repository_path.hpp"

namespace axg::app {

bool prepare_report_outputs(const ReportOutputs& outputs, PreparedReports& prepared, util::Diagnostics& diagnostics) {
    std::size_t before = diagnostics.size();
    if (!outputs.templates.empty() || !outputs.markdown.empty()) {
        prepared.markdown_template = report::load_template(report::k_markdown_template, outputs.templates, diagnostics);
    }
    if (!outputs.templates.empty() || !outputs.html.empty()) {
        prepared.html_template = report::load_template(report::k_html_template, outputs.templates, diagnostics);
    }
    if (!outputs.baseline.empty()) {
        util::ReadResult read = util::read_file(outputs.baseline);
        if (!read.text) {
            diagnostics.error({outputs.baseline, 0, 0}, "--baseline: " + read.error);
        } else {
            prepared.baseline = check::parse_baseline(*read.text, outputs.baseline, diagnostics);
        }
    }
    return diagnostics.size() == before;
}

void apply_report_baseline(const ReportOutputs& outputs, PreparedReports& prepared, check::CheckResult& result) {
    if (!outputs.write_baseline.empty()) {
        check::Baseline today = check::make_baseline(result.findings);
        prepared.baseline_written = today.entries.size();
        prepared.baseline_json = check::baseline_json(today);
    }
    if (prepared.baseline) {
        check::BaselineOutcome outcome = check::apply_baseline(*prepared.baseline, result.findings);
        prepared.baseline_summary = {true, outputs.baseline, outcome.known, outcome.fixed};
    }
}

void complete_report_input(const PreparedReports& prepared, const analysis::Analysis& analysis,
                           const model::Policy& policy, const std::string& contract_file,
                           std::optional<model::Severity> fail_on, report::ReportInput& input) {
    input.policy = &policy;
    input.analysis = &analysis;
    input.repository_root = util::repository_root(contract_file).string();
    input.baseline = prepared.baseline_summary;
    input.fail_on = fail_on;
}

bool render_report_outputs(const ReportOutputs& outputs, const PreparedReports& prepared,
                           const report::ReportInput& input, std::vector<Output>& files, std::ostream& err) {
    // The reports render in parallel, each into its own slot, and are written in this order. Markdown and HTML share
    // a task: both set mstch's global escaper, and the HTML diagram uses the one Graphviz context.
    std::optional<Output> sarif;
    std::optional<Output> junit;
    std::optional<Output> codequality;
    std::optional<Output> markdown;
    std::optional<Output> html;
    std::vector<std::function<void()>> tasks;
    if (!outputs.sarif.empty()) {
        tasks.emplace_back([&] {
            std::ostringstream text;
            report::render_sarif(input, text);
            sarif = Output{"--sarif", outputs.sarif, text.str()};
        });
    }
    if (!outputs.junit.empty()) {
        tasks.emplace_back([&] {
            std::ostringstream text;
            report::render_junit(input, text);
            junit = Output{"--junit", outputs.junit, text.str()};
        });
    }
    if (!outputs.codequality.empty()) {
        tasks.emplace_back([&] {
            std::ostringstream text;
            report::render_gitlab_codequality(input, text);
            codequality = Output{"--gitlab-codequality", outputs.codequality, text.str()};
        });
    }
    const bool want_markdown = !outputs.markdown.empty() && prepared.markdown_template;
    const bool want_html = !outputs.html.empty() && prepared.html_template;
    if (want_markdown || want_html) {
        tasks.emplace_back([&] {
            if (want_markdown) {
                markdown =
                    Output{"--markdown", outputs.markdown, report::render_markdown(input, *prepared.markdown_template)};
            }
            if (want_html) {
                html = Output{"--html", outputs.html, report::render_html(input, *prepared.html_template)};
            }
        });
    }
    try {
        util::parallel_for(tasks.size(), [&](std::size_t i) { tasks[i](); });
    } catch (const std::exception& e) {
        err << "appexguard: error: a report template could not be rendered: " << e.what() << '\n';
        return false;
    }
    for (std::optional<Output>* rendered : {&sarif, &junit, &codequality, &markdown, &html}) {
        if (*rendered) {
            files.push_back(std::move(**rendered));
        }
    }
    if (!outputs.write_baseline.empty()) {
        files.push_back({"--output", outputs.write_baseline, prepared.baseline_json});
    }
    if (input.baseline.used) {
        err << "appexguard: baseline " << input.baseline.path << ": " << input.baseline.known
            << " known findings not reported, " << input.baseline.fixed << " fixed\n";
    }
    return true;
}

} // namespace axg::app
