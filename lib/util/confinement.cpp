#include "util/confinement.hpp"

#include <system_error>

#include "util/paths.hpp"

namespace axg::util {

namespace fs = std::filesystem;

namespace {

thread_local ReadConfinement* t_innermost = nullptr;

fs::path canonical_of(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    if (ec) {
        absolute = path;
    }
    fs::path canonical = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal() : canonical;
}

// The file `fd` is open on, or "" when the system cannot say.
fs::path opened_file(int fd) {
    std::error_code ec;
    fs::path target = fs::read_symlink("/proc/self/fd/" + std::to_string(fd), ec);
    return ec || !target.is_absolute() ? fs::path() : target;
}

} // namespace

ReadConfinement::ReadConfinement(const fs::path& root) : m_root(canonical_of(root)), m_outer(t_innermost) {
    t_innermost = this;
}

ReadConfinement::~ReadConfinement() {
    t_innermost = m_outer;
}

std::string confinement_error(const fs::path& path, int fd) {
    if (t_innermost == nullptr) {
        return {};
    }
    fs::path resolved = fd >= 0 ? opened_file(fd) : fs::path();
    if (resolved.empty()) {
        resolved = canonical_of(path);
    }
    for (const ReadConfinement* c = t_innermost; c != nullptr; c = c->m_outer) {
        if (is_inside(c->m_root, resolved)) {
            continue;
        }
        std::string reason = "it resolves to " + resolved.string() + ", outside the project root " +
                             c->m_root.string() + " (symlinks resolved); appexguard reads nothing outside the root";
        for (ReadConfinement* log = t_innermost; log != nullptr; log = log->m_outer) {
            log->m_refusals.push_back({path, reason});
        }
        return reason;
    }
    return {};
}

} // namespace axg::util
