#include "report/text.hpp"

#include <iomanip>

#include "util/text.hpp"

namespace axg::report {

namespace {
const char* severity_color(model::Severity s) {
    switch (s) {
    case model::Severity::Critical: return "\033[1;35m";
    case model::Severity::High: return "\033[1;31m";
    case model::Severity::Medium: return "\033[33m";
    case model::Severity::Low: return "\033[36m";
    case model::Severity::Info: return "\033[2m";
    }
    return "";
}

std::string paint(const TextStyle& style, const char* code, std::string_view text) {
    if (!style.color) {
        return std::string(text);
    }
    return std::string(code) + std::string(text) + "\033[0m";
}
} // namespace

std::string summary_line(const SeverityCounts& counts) {
    std::string out;
    if (counts.active == 0) {
        out = "no findings";
    } else {
        out = std::to_string(counts.active) + (counts.active == 1 ? " finding (" : " findings (");
        bool first = true;
        for (int s = 4; s >= 0; --s) {
            if (counts.by_severity[s] == 0) {
                continue;
            }
            out += (first ? "" : ", ") + std::to_string(counts.by_severity[s]) + " " +
                   std::string(model::severity_name(static_cast<model::Severity>(s)));
            first = false;
        }
        out += ")";
    }
    if (counts.suppressed > 0) {
        out += ", " + std::to_string(counts.suppressed) + " suppressed";
    }
    return out;
}

void render_text(const ReportInput& input, const TextStyle& style, std::ostream& out) {
    util::FileName current_file; // compared as the interned name it is, no lookup per finding
    bool any = false;
    for (const auto& f : input.findings) {
        if (f.suppressed) {
            continue;
        }
        if (!any || f.location.file != current_file) {
            if (any) {
                out << '\n';
            }
            current_file = f.location.file;
            out << paint(style, "\033[1m", util::printable(current_file.str())) << '\n';
            any = true;
        }
        std::string where =
            f.location.has_line() ? std::to_string(f.location.line) + ":" + std::to_string(f.location.column) : "-";
        std::string severity(model::severity_name(f.severity));
        out << "  " << std::left << std::setw(8) << where << ' ' << paint(style, severity_color(f.severity), severity)
            << std::string(9 - severity.size(), ' ') << paint(style, "\033[1m", f.rule_id) << ' '
            << util::printable(f.message);
        if (auto note = configuration_note(f, input.configurations); !note.empty()) {
            out << ' ' << util::printable(note);
        }
        out << " [" << f.slug << "]\n";
        if (!style.quiet && !f.fix.empty()) {
            out << std::string(20, ' ') << paint(style, "\033[2m", "fix: " + util::printable(f.fix)) << '\n';
        }
    }
    if (style.quiet) {
        return;
    }
    if (any) {
        out << '\n';
    }
    out << summary_line(count_findings(input.findings)) << '\n';
}

} // namespace axg::report
