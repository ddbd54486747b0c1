#include "util/paths.hpp"

#include <algorithm>
#include <system_error>

namespace axg::util {

bool is_inside(const std::filesystem::path& root, const std::filesystem::path& path) {
    auto r = root.begin(), p = path.begin();
    for (; r != root.end(); ++r, ++p) {
        if (r->empty()) {
            continue; // trailing separator
        }
        if (p == path.end() || *r != *p) {
            return false;
        }
    }
    return true;
}

ResolvedPath resolve_inside(const std::filesystem::path& root, const std::filesystem::path& base_dir,
                            const std::string& relative) {
    if (relative.empty()) {
        return {{}, "the path is empty"};
    }
    if (relative.find('\0') != std::string::npos) {
        return {{}, "the path contains a NUL character"};
    }
    std::filesystem::path rel(relative);
    if (rel.is_absolute()) {
        return {{}, "the path \"" + relative + "\" is absolute; write it relative to the contract file"};
    }
    std::error_code ec;
    auto resolved = std::filesystem::weakly_canonical(base_dir / rel, ec);
    if (ec) {
        return {{}, "cannot resolve \"" + relative + "\": " + ec.message()};
    }
    if (!is_inside(root, resolved)) {
        return {{}, "the path \"" + relative + "\" resolves outside the project root " + root.string() +
                        " (symlinks included); keep manifests inside the project or pass --root"};
    }
    return {resolved, {}};
}

} // namespace axg::util
