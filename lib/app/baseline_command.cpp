#include "app/baseline_command.hpp"

#include <sstream>

#include "app/exit_codes.hpp"
#include "check/baseline.hpp"
#include "util/file.hpp"

namespace axg::app {

int run_baseline(const BaselineOptions& options, std::ostream& out, std::ostream& err) {
    CheckOptions check = options.check;
    check.reports = {};
    check.reports.write_baseline = options.output;
    check.format = "text";
    check.quiet = true;
    check.color = false;
    check.output.clear();
    check.fail_on = std::nullopt;
    std::ostringstream discarded; // the check's own report: the baseline file is the output
    int code = run_check(check, discarded, err);
    if (code != k_exit_clean) {
        return code;
    }
    // Read back what was written: the count comes from the file itself.
    util::ReadResult written = util::read_file(options.output);
    util::Diagnostics diagnostics;
    auto baseline = written.text ? check::parse_baseline(*written.text, options.output, diagnostics) : std::nullopt;
    if (!baseline) {
        err << "appexguard: error: cannot read back " << options.output << '\n';
        return k_exit_input;
    }
    std::size_t count = baseline->entries.size();
    out << "appexguard: wrote " << count << (count == 1 ? " finding" : " findings") << " to " << options.output
        << "; `appexguard check --baseline " << options.output << "` reports only new ones\n";
    return k_exit_clean;
}

} // namespace axg::app
