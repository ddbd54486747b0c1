#include "app/output.hpp"

#include <filesystem>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

#include "app/exit_codes.hpp"
#include "util/file.hpp"
#include "util/input_log.hpp"

namespace axg::app {

namespace {

namespace fs = std::filesystem;

bool is_stdout(const std::string& path) {
    return path.empty() || path == "-";
}

// What makes two outputs the same target: the file they name once symlinks are resolved, and, for an existing
// file (or stdout), its device and inode, so that hard links and /dev/stdout are caught as well. A character
// device (/dev/null, a terminal) may take any number of outputs.
struct Identity {
    std::string canonical;
    std::optional<std::pair<dev_t, ino_t>> inode;
    bool character_device = false;
    bool same_as(const Identity& other) const {
        if (character_device || other.character_device) {
            return false;
        }
        return canonical == other.canonical || (inode && other.inode && *inode == *other.inode);
    }
};

Identity identity(const std::string& path) {
    Identity id;
    struct stat st {};
    bool found = false;
    if (is_stdout(path)) {
        id.canonical = "-";
        found = ::fstat(STDOUT_FILENO, &st) == 0;
    } else {
        std::error_code ec;
        fs::path absolute = fs::absolute(path, ec).lexically_normal();
        fs::path canonical = fs::weakly_canonical(absolute, ec);
        id.canonical = ec ? absolute.string() : canonical.string();
        found = ::stat(path.c_str(), &st) == 0;
    }
    if (found) {
        id.inode = std::pair{st.st_dev, st.st_ino};
        id.character_device = S_ISCHR(st.st_mode);
    }
    return id;
}

std::string shown(const Output& o) {
    return is_stdout(o.path) ? std::string("stdout") : o.path;
}

} // namespace

bool emit_all(const std::vector<Output>& outputs, std::ostream& out, std::ostream& err) {
    bool ok = true;
    std::vector<Identity> seen;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const Output& o = outputs[i];
        seen.push_back(identity(o.path));
        for (std::size_t j = 0; j < i; ++j) {
            if (seen[j].same_as(seen[i])) {
                err << "appexguard: error: " << outputs[j].option << " and " << o.option << " both write " << shown(o)
                    << "; one run writes each file once\n";
                ok = false;
                break;
            }
        }
        if (!is_stdout(o.path) && !not_an_input(o.option, o.path, err)) {
            ok = false;
        }
    }
    if (!ok) {
        return false;
    }
    std::vector<util::FileToWrite> files;
    for (const Output& o : outputs) {
        if (!is_stdout(o.path)) {
            files.push_back({o.path, o.text});
        }
    }
    if (std::string error = util::write_files_atomic(files); !error.empty()) {
        err << "appexguard: error: " << error << '\n';
        return false;
    }
    for (const Output& o : outputs) {
        if (is_stdout(o.path)) {
            out << o.text;
            out.flush();
        }
    }
    return true;
}

bool not_an_input(const std::string& option, const std::string& path, std::ostream& err) {
    const util::InputLog* inputs = util::InputLog::current();
    std::optional<fs::path> input = inputs != nullptr ? inputs->find(path) : std::nullopt;
    if (input) {
        err << "appexguard: error: refusing to write " << option << " " << path << ": it is one of this run's inputs ("
            << input->string() << ")\n";
    }
    return !input;
}

bool emit(const std::string& path, const std::string& text, std::ostream& out, std::ostream& err) {
    return emit_all({{"-o", path, text}}, out, err);
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
