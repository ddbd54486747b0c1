#pragma once
// The data the Mustache templates see (docs/reports.md lists every name): the summary, the
// gate, the baseline and the findings, with paths relative to the repository root. Raw
// strings; the template renderer escapes them for the output format.

#include <mstch/mstch.hpp>

#include "model/contract.hpp"
#include "report/report.hpp"
#include "report/templates.hpp"

namespace axg::report {

// Component ids a finding concerns, from its target and the model: the component itself, a
// channel's sender and receivers, a store's members, the components built against a schema.
std::vector<std::string> finding_components(const model::Finding& finding, const model::Contract* contract);

// Active findings first (most severe first), then suppressed ones; stable otherwise.
std::vector<const model::Finding*> review_order(std::span<const model::Finding> findings);

mstch::map finding_view(const model::Finding& finding, const ReportInput& input);

// The threats a suppression accepts (graph::Threat::accepted), in threat order, for the HTML report:
// id, title, severity, target, reason, expires, location (of the suppression). Empty without the model.
mstch::array accepted_risks_view(const ReportInput& input);

// Everything but the per-format extras; `findings` are in review order. The lists of every active and every
// suppressed finding ("active", "suppressed": a view per finding, the costly part at 20,000 findings) are made
// only for a template that names them (Template::mentions).
mstch::map report_view(const ReportInput& input, const std::vector<const model::Finding*>& findings,
                       const Template& tmpl);

} // namespace axg::report
