#pragma once
// The human report: findings grouped by file, one summary line.

#include <ostream>

#include "report/report.hpp"

namespace axg::report {

struct TextStyle {
    bool color = false; // ANSI colours (the CLI turns them on for a terminal without NO_COLOR)
    bool quiet = false; // findings only: no fix lines, no summary
};

void render_text(const ReportInput& input, const TextStyle& style, std::ostream& out);

// "3 findings (1 high, 2 medium), 1 suppressed" / "no findings".
std::string summary_line(const SeverityCounts& counts);

} // namespace axg::report
