#pragma once
// GitLab Code Quality (`--gitlab-codequality FILE`, artifacts:reports:codequality): a JSON array with one issue per
// active finding, shown in the merge request's widget and diff.

#include <ostream>

#include "report/report.hpp"

namespace axg::report {

// severity: info -> info, low -> minor, medium -> major, high -> critical, critical -> blocker.
void render_gitlab_codequality(const ReportInput& input, std::ostream& out);

} // namespace axg::report
