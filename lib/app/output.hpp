#pragma once
// Where a command's report goes: stdout, or a file written atomically (never half-written).

#include <ostream>
#include <string>

#include "util/diagnostics.hpp"

namespace axg::app {

// Writes `text` to `path`, or to `out` when path is "" or "-". Returns false (and says why on
// `err`) when the file cannot be written.
bool emit(const std::string& path, const std::string& text, std::ostream& out, std::ostream& err);

// Prints every diagnostic, sorted, then one closing line. Returns k_exit_input.
int report_input_errors(const util::Diagnostics& diagnostics, std::ostream& err);

} // namespace axg::app
