#include "util/paths.hpp"

#include <algorithm>
#include <system_error>
#include <vector>

namespace axg::util {

namespace {

bool equal_ci(const std::string& a, const std::string& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

// The entry of `dir` named `name` ignoring case; the first in name order when several match.
std::optional<std::filesystem::path> child_ci(const std::filesystem::path& dir, const std::string& name) {
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, std::filesystem::directory_options::skip_permission_denied, ec);
    std::optional<std::string> best;
    std::size_t seen = 0;
    for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
        if (++seen > k_max_case_scan_entries) {
            return std::nullopt;
        }
        std::string entry = it->path().filename().string();
        if (equal_ci(entry, name) && (!best || entry < *best)) {
            best = entry;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    return dir / *best;
}

} // namespace

std::optional<std::filesystem::path> find_case_insensitive(const std::filesystem::path& path) {
    std::error_code ec;
    if (path.empty() || std::filesystem::exists(path, ec)) {
        return std::nullopt;
    }
    // The deepest ancestor that exists as written, then the missing components below it.
    std::vector<std::string> missing;
    std::filesystem::path base = path;
    while (!base.empty() && !std::filesystem::exists(base, ec)) {
        if (missing.size() >= k_max_case_scan_components || base == base.parent_path()) {
            return std::nullopt;
        }
        missing.push_back(base.filename().string());
        base = base.parent_path();
    }
    if (base.empty()) {
        return std::nullopt;
    }
    for (auto name = missing.rbegin(); name != missing.rend(); ++name) {
        if (name->empty() || *name == "." || *name == "..") {
            return std::nullopt;
        }
        std::filesystem::path exact = base / *name;
        if (std::filesystem::exists(exact, ec)) {
            base = exact;
            continue;
        }
        std::optional<std::filesystem::path> found = child_ci(base, *name);
        if (!found) {
            return std::nullopt;
        }
        base = *found;
    }
    return base;
}

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
        return {{},
                "the path \"" + relative + "\" resolves outside the project root " + root.string() +
                    " (symlinks included); keep manifests inside the project or pass --root"};
    }
    return {resolved, {}};
}

} // namespace axg::util
