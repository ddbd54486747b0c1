#include "app/output.hpp"

#include "app/exit_codes.hpp"
#include "util/file.hpp"

namespace axg::app {

bool emit(const std::string& path, const std::string& text, std::ostream& out, std::ostream& err) {
    if (path.empty() || path == "-") {
        out << text;
        out.flush();
        return true;
    }
    std::string error = util::write_file_atomic(path, text);
    if (!error.empty()) {
        err << "appexguard: error: " << error << '\n';
        return false;
    }
    return true;
}

int report_input_errors(const util::Diagnostics& diagnostics, std::ostream& err) {
    auto items = diagnostics.sorted();
    for (const auto& d : items) {
        err << d.str() << '\n';
    }
    err << "appexguard: " << items.size() << (items.size() == 1 ? " error" : " errors")
        << " in the input; nothing was checked\n";
    return k_exit_input;
}

} // namespace axg::app
