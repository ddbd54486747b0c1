#include "support/plist_convert.hpp"

#include <cstdlib>

#include <plist/plist.h>

namespace axg::test {

std::string binary_from_xml(std::string_view xml) {
    plist_t p = nullptr;
    plist_from_xml(xml.data(), static_cast<uint32_t>(xml.size()), &p);
    if (p == nullptr) {
        return {};
    }
    char* bin = nullptr;
    uint32_t length = 0;
    plist_to_bin(p, &bin, &length);
    plist_free(p);
    std::string out = bin == nullptr ? std::string() : std::string(bin, length);
    free(bin);
    return out;
}

} // namespace axg::test
