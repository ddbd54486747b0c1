#pragma once
// The CI output flags of `check`: --sarif, --junit, --markdown, --html, --templates, --baseline.

#include <CLI/CLI.hpp>

#include "app/report_outputs.hpp"

namespace axg::cli {

void add_report_options(CLI::App& cmd, app::ReportOutputs& outputs);

} // namespace axg::cli
