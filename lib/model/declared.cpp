#include "model/declared.hpp"

#include <algorithm>

namespace axg::model {

namespace {
auto key_less = [](const std::pair<std::string, util::SourceLocation>& entry, std::string_view key) {
    return std::string_view(entry.first) < key;
};
} // namespace

const util::SourceLocation* Declared::find(std::string_view key) const {
    auto it = std::lower_bound(key_locations.begin(), key_locations.end(), key, key_less);
    return it != key_locations.end() && it->first == key ? &it->second : nullptr;
}

const util::SourceLocation& Declared::at(std::string_view key) const {
    const util::SourceLocation* found = find(key);
    return found ? *found : location;
}

} // namespace axg::model
