#include "util/tree_walk.hpp"

namespace axg::util {

namespace fs = std::filesystem;

void walk_tree(const fs::path& dir, const std::function<bool(const fs::directory_entry&)>& directory,
               const std::function<void(const fs::directory_entry&)>& file, std::size_t max_entries) {
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    std::size_t seen = 0;
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (++seen > max_entries) {
            break;
        }
        const fs::directory_entry& entry = *it;
        std::error_code type_ec;
        if (entry.is_symlink(type_ec)) {
            if (entry.is_directory(type_ec)) {
                it.disable_recursion_pending();
            }
            continue;
        }
        if (entry.is_directory(type_ec)) {
            if (!directory(entry)) {
                it.disable_recursion_pending();
            }
            continue;
        }
        if (entry.is_regular_file(type_ec)) {
            file(entry);
        }
    }
}

} // namespace axg::util
