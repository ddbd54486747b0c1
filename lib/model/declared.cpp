#include "model/declared.hpp"

namespace axg::model {

const util::SourceLocation& Declared::at(std::string_view key) const {
    auto it = key_locations.find(key);
    return it == key_locations.end() ? location : it->second;
}

} // namespace axg::model
