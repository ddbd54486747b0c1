#include "util/embedded.hpp"

namespace axg::util {

std::optional<std::string_view> find_embedded(std::string_view name) {
    for (const auto& file : embedded_files()) {
        if (file.name == name) {
            return file.contents;
        }
    }
    return std::nullopt;
}

} // namespace axg::util
