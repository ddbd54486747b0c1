#pragma once
// GitHub Actions workflow commands (`check --format github`): one `::error` / `::warning` / `::notice` annotation per
// active finding, which GitHub shows on the pull request's diff and in the run's summary without an upload step.

#include <ostream>
#include <string>
#include <string_view>

#include "report/report.hpp"

namespace axg::report {

// A workflow command's message, escaped as the runner reads it: '%', CR and LF (and, in a property value, ':' and ',')
// as %25, %0D, %0A, %3A, %2C. Control characters other than those are written as U+FFFD: a message must not end the
// command early or reach the log raw.
std::string github_escape(std::string_view text, bool property);

void render_github(const ReportInput& input, std::ostream& out);

} // namespace axg::report
