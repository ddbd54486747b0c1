#include "util/repository_path.hpp"

#include <system_error>

#include "util/paths.hpp"

namespace axg::util {

namespace fs = std::filesystem;

namespace {

fs::path canonical_file(const fs::path& file) {
    std::error_code ec;
    fs::path absolute = fs::absolute(file, ec);
    if (ec) {
        return file.lexically_normal();
    }
    fs::path canonical = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal() : canonical;
}

} // namespace

fs::path repository_root(const fs::path& file) {
    const fs::path start = canonical_file(file).parent_path();
    std::error_code ec;
    for (fs::path dir = start; !dir.empty(); dir = dir.parent_path()) {
        if (fs::exists(dir / ".git", ec)) {
            return dir;
        }
        if (dir == dir.root_path()) {
            break;
        }
    }
    return start;
}

std::string name_below(const fs::path& file, const fs::path& root) {
    const fs::path canonical = canonical_file(file);
    if (!is_inside(root, canonical)) {
        return canonical.generic_string();
    }
    return canonical.lexically_relative(root).generic_string();
}

std::string repository_name(const fs::path& file) {
    return name_below(file, repository_root(file));
}

} // namespace axg::util
