#pragma once
// The self-contained HTML report (templates/report.html.mustache): summary, findings with
// filters by severity and component, and the threat diagram embedded as SVG.

#include <string>

#include "report/report.hpp"
#include "report/templates.hpp"

namespace axg::report {

// Graphviz SVG made embeddable: the XML prolog, DOCTYPE and comments removed.
std::string embeddable_svg(const std::string& svg);

// Renders the report; the diagram needs input.model (without one the page says so).
std::string render_html(const ReportInput& input, const Template& tmpl);

} // namespace axg::report
