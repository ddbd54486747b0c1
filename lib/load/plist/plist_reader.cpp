#include "load/plist/plist_reader.hpp"

namespace axg::load {

bool is_binary_plist(std::string_view data) {
    return data.starts_with("bplist00");
}

std::optional<model::PlistValue> parse_plist(std::string_view data, std::string_view path,
                                             util::Diagnostics& diagnostics) {
    if (is_binary_plist(data)) {
        return parse_binary_plist(data, path, diagnostics);
    }
    if (data.starts_with("bplist")) {
        diagnostics.error({std::string(path), 1, 1}, "unsupported binary property list version (only bplist00 is)");
        return std::nullopt;
    }
    return parse_xml_plist(data, path, diagnostics);
}

} // namespace axg::load
