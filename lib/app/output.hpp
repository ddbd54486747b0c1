#pragma once
// Where a command's reports go: stdout, or files written all together or not at all (util::write_files_atomic),
// never over one of the run's inputs and never twice in one run (docs/security.md, "Writing outputs").

#include <ostream>
#include <string>
#include <vector>

#include "util/diagnostics.hpp"

namespace axg::app {

struct Output {
    std::string option; // how the user named it, for messages: "-o", "--sarif", ...
    std::string path;   // "" or "-": stdout
    std::string text;
};

// Refuses, before writing anything, an output path that is one of the files the current util::InputLog holds,
// and two outputs that name the same file (or both stdout); then writes every file, and last the stdout output.
// Returns false (and says why on `err`) when anything was refused or a file could not be written; stdout then gets
// nothing.
bool emit_all(const std::vector<Output>& outputs, std::ostream& out, std::ostream& err);

// False (and says why on `err`) when `path` is one of the files the current util::InputLog holds: the check
// emit_all makes of every output, for commands that write otherwise (init).
bool not_an_input(const std::string& option, const std::string& path, std::ostream& err);

// One output (`-o PATH`) as emit_all.
bool emit(const std::string& path, const std::string& text, std::ostream& out, std::ostream& err);

// Prints every diagnostic, sorted, then one closing line. Returns k_exit_input.
int report_input_errors(const util::Diagnostics& diagnostics, std::ostream& err);

} // namespace axg::app
