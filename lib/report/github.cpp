#include "report/github.hpp"

#include "report/sarif.hpp"

namespace axg::report {

namespace {

// SARIF's levels, with `note` spelled as the runner's `notice`: critical/high error, medium warning, low/info notice.
std::string_view command(model::Severity severity) {
    std::string_view level = sarif_level(severity);
    return level == "note" ? "notice" : level;
}

} // namespace

std::string github_escape(std::string_view text, bool property) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '%') {
            out += "%25";
        } else if (c == '\r') {
            out += "%0D";
        } else if (c == '\n') {
            out += "%0A";
        } else if (property && c == ':') {
            out += "%3A";
        } else if (property && c == ',') {
            out += "%2C";
        } else if (byte < 0x20 || byte == 0x7f) {
            out += "\xef\xbf\xbd";
        } else {
            out += c;
        }
    }
    return out;
}

void render_github(const ReportInput& input, std::ostream& out) {
    for (const auto& f : input.findings) {
        if (f.suppressed) {
            continue;
        }
        const std::string& file = f.location.file.empty() ? input.contract_path : f.location.file.str();
        out << "::" << command(f.severity) << " file=" << github_escape(file, true);
        if (f.location.line != 0) {
            out << ",line=" << f.location.line;
            if (f.location.column != 0) {
                out << ",col=" << f.location.column;
            }
        }
        out << ",title="
            << github_escape(f.rule_id + " " + f.slug + " (" + std::string(model::severity_name(f.severity)) + ")",
                             true)
            << "::" << github_escape(f.message + (f.fix.empty() ? "" : "\nFix: " + f.fix), false) << '\n';
    }
}

} // namespace axg::report
