#include "util/source_location.hpp"

namespace axg::util {

std::string SourceLocation::str() const {
    std::string out = file.str();
    if (line != 0) {
        out += ':' + std::to_string(line);
        if (column != 0) {
            out += ':' + std::to_string(column);
        }
    }
    return out;
}

} // namespace axg::util
