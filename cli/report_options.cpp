#include "cli/report_options.hpp"

namespace axg::cli {

void add_report_options(CLI::App& cmd, app::ReportOutputs& outputs) {
    cmd.add_option("--sarif", outputs.sarif, "Also write a SARIF 2.1.0 report (GitHub code scanning) to this file");
    cmd.add_option("--junit", outputs.junit, "Also write a JUnit XML report (CI test tabs) to this file");
    cmd.add_option("--markdown", outputs.markdown, "Also write a Markdown pull-request comment to this file");
    cmd.add_option("--html", outputs.html, "Also write a self-contained HTML report, with the threat diagram");
    cmd.add_option("--gitlab-codequality", outputs.codequality,
                   "Also write a GitLab Code Quality report (artifacts:reports:codequality) to this file");
    cmd.add_option("--templates", outputs.templates,
                   "Directory whose comment.md.mustache / report.html.mustache replace the built-in templates");
    cmd.add_option("--baseline", outputs.baseline,
                   "Report only findings this baseline (from `appexguard baseline`) does not hold; count fixed ones");
}

} // namespace axg::cli
