// Markdown for `appexguard threats --format markdown`: a table per element, for a design review
// or a PR comment. Every value from the contract goes through md() (util::escape_markdown) so it
// cannot break the table.

#include "report/threats_report.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace axg::report {

namespace {
std::string md(std::string_view text) {
    return util::escape_markdown(text);
}

std::string list(const graph::MitigationIds& ids) {
    return ids.empty() ? std::string("—") : md(util::join(ids, ", "));
}
} // namespace

void render_threats_markdown(const ThreatsInput& input, std::ostream& out) {
    if (input.blast) {
        const auto& b = *input.blast;
        out << "## Blast radius of " << md(b.compromised) << "\n\n"
            << md(input.compromised_detail) << "; worst data reachable: **" << model::classification_name(b.worst())
            << "**\n\n"
            << "| reach | target | note | path |\n|---|---|---|---|\n";
        for (const auto& r : b.reaches) {
            out << "| " << graph::reach_kind_name(r.kind) << " | " << md(r.target) << " | " << md(r.cut) << " | "
                << md(graph::format_path(r.path)) << " |\n";
        }
        out << "\n| data | where | addressed to it | path |\n|---|---|---|---|\n";
        for (const auto& e : b.exposures) {
            out << "| " << model::classification_name(e.classification) << " | " << md(e.where) << " | "
                << (e.own ? "yes" : "no") << " | " << md(graph::format_path(e.path)) << " |\n";
        }
        return;
    }
    auto c = count_threats(input.threats);
    out << "## STRIDE threats: " << md(input.project) << "\n\n"
        << input.threats.size() << " threats: **" << c.unmitigated << " unmitigated**, " << c.accepted << " accepted, "
        << c.partial << " partly mitigated, " << c.mitigated << " mitigated.\n\n"
        << "| status | severity | STRIDE | threat | target | found | missing | accepted because |\n"
        << "|---|---|---|---|---|---|---|---|\n";
    for (const auto& t : input.threats) {
        std::string accepted = "—";
        if (t.accepted) {
            accepted = md(t.accepted->reason) +
                       (t.accepted->expires.empty() ? "" : " (until " + md(t.accepted->expires) + ")");
        }
        out << "| " << graph::threat_shown_status(t) << " | " << model::severity_name(t.severity) << " | "
            << graph::stride_letter(t.entry->category) << " | " << md(t.entry->title) << " <br>" << md(t.id) << " | "
            << md(t.target) << " | " << list(t.found) << " | " << list(t.missing) << " | " << accepted << " |\n";
    }
}

} // namespace axg::report
