#pragma once
// The pull-request comment (templates/comment.md.mustache): a summary table by severity, the
// new findings first, details collapsed, kept under GitHub's comment size limit.

#include <cstddef>
#include <string>

#include "report/report.hpp"
#include "report/templates.hpp"

namespace axg::report {

// GitHub refuses comments over 65,536 characters; stay well below it.
inline constexpr std::size_t k_markdown_budget = 60000;

// Renders the comment; past `budget` bytes, details and then table rows are left out (and
// counted in the comment). Throws only what mstch throws on a template it cannot render.
std::string render_markdown(const ReportInput& input, const Template& tmpl, std::size_t budget = k_markdown_budget);

} // namespace axg::report
