#pragma once
// JUnit XML for CI test tabs (GitLab, Jenkins, Azure, GitHub test-report actions): one
// <testsuite> per rule family, one passing <testcase> per rule with no finding, one failing
// <testcase> per finding, suppressed findings as <skipped>. No timestamps: deterministic.

#include <ostream>
#include <string>

#include "report/report.hpp"

namespace axg::report {

// "AXG1xx least privilege and manifests" for "AXG101".
std::string rule_family(const std::string& rule_id);

void render_junit(const ReportInput& input, std::ostream& out);

} // namespace axg::report
