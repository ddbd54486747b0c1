#include <algorithm>

#include "report/threats_report.hpp"
#include "util/text.hpp"

namespace axg::report {

ThreatCounts count_threats(std::span<const graph::Threat> threats) {
    ThreatCounts c;
    for (const auto& t : threats) {
        if (t.accepted) {
            ++c.accepted;
            continue;
        }
        switch (t.status) {
        case graph::ThreatStatus::Mitigated: ++c.mitigated; break;
        case graph::ThreatStatus::Partial: ++c.partial; break;
        case graph::ThreatStatus::Unmitigated: ++c.unmitigated; break;
        }
    }
    return c;
}

namespace {
std::string list(const graph::MitigationIds& ids) {
    return ids.empty() ? std::string("-") : util::join(ids, ", ");
}

void blast_text(const ThreatsInput& input, std::ostream& out) {
    const auto& b = *input.blast;
    out << "Blast radius of \"" << util::printable(b.compromised) << "\" (" << input.compromised_detail << ") in "
        << util::printable(input.contract_path) << "\n";
    const char* headings[] = {"Controls (acts on its messages unchecked)", "Feeds (but the receiver checks)", "Writes",
                              "Reads"};
    for (auto kind :
         {graph::ReachKind::Controls, graph::ReachKind::Feeds, graph::ReachKind::Writes, graph::ReachKind::Reads}) {
        bool first = true;
        for (const auto& r : b.reaches) {
            if (r.kind != kind) {
                continue;
            }
            if (first) {
                out << "\n" << headings[static_cast<int>(kind)] << ":\n";
                first = false;
            }
            out << "  " << util::printable(r.target);
            if (!r.cut.empty()) {
                out << "  (" << util::printable(r.cut) << ")";
            }
            out << "\n    path: " << util::printable(graph::format_path(r.path)) << "\n";
        }
    }
    out << "\nData it can see (most sensitive first):\n";
    if (b.exposures.empty()) {
        out << "  none\n";
    }
    for (const auto& e : b.exposures) {
        out << "  " << model::classification_name(e.classification) << "  " << util::printable(e.where)
            << (e.own ? "  (addressed to it)" : "") << "\n";
        if (!e.path.empty()) {
            out << "    path: " << util::printable(graph::format_path(e.path)) << "\n";
        }
    }
    std::size_t controlled = std::count_if(b.reaches.begin(), b.reaches.end(),
                                           [](const graph::Reach& r) { return r.kind == graph::ReachKind::Controls; });
    out << "\n"
        << controlled
        << " more component(s) controlled; worst data reachable: " << model::classification_name(b.worst()) << "\n";
}
} // namespace

void render_threats_text(const ThreatsInput& input, std::ostream& out) {
    if (input.blast) {
        blast_text(input, out);
        return;
    }
    auto c = count_threats(input.threats);
    out << "STRIDE threats for " << util::printable(input.project) << " (" << util::printable(input.contract_path)
        << "): " << input.threats.size() << " threats, " << c.unmitigated << " unmitigated, " << c.accepted
        << " accepted, " << c.partial << " partly mitigated, " << c.mitigated << " mitigated\n";
    std::string target;
    for (const auto& t : input.threats) {
        if (t.target != target) {
            target = t.target;
            out << "\n" << util::printable(t.target) << "  " << util::printable(*t.summary) << "\n";
        }
        const std::string_view status = graph::threat_shown_status(t);
        out << "  " << graph::stride_letter(t.entry->category) << " " << status << std::string(12 - status.size(), ' ')
            << model::severity_name(t.severity) << std::string(9 - model::severity_name(t.severity).size(), ' ')
            << util::printable(t.id) << "\n"
            << "      " << t.entry->title << ": " << t.entry->applies << "\n"
            << "      found: " << list(t.found) << "; missing: " << list(t.missing) << "\n";
        if (t.accepted) {
            out << "      accepted: " << util::printable(t.accepted->reason)
                << (t.accepted->expires.empty() ? "" : " (until " + t.accepted->expires + ")") << "; "
                << util::printable(t.accepted->location.str()) << "\n";
        }
    }
}

} // namespace axg::report
