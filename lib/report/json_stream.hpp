#pragma once
// Writes a JSON document whose last member is a large array without building that array in memory: the rest of the
// document is dumped by nlohmann as usual, then each element is dumped alone and indented into place. The bytes are
// those of dumping the whole document at once (indent 2, invalid UTF-8 replaced). `threats --format json` at
// 100,000 channels holds 700,000 threats: as one nlohmann document that took 2.7 GB.

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace axg::report {

using OrderedJson = nlohmann::ordered_json;

// The dump every report uses: indent 2, invalid UTF-8 replaced by U+FFFD.
std::string dump_json(const OrderedJson& value);

// `root` (an object) with `key` appended as its last member, holding each of `items` turned into JSON by `to_json`.
template <typename Range, typename ToJson>
void write_json_with_array(OrderedJson root, std::string_view key, const Range& items, ToJson to_json,
                           std::ostream& out) {
    root[std::string(key)] = OrderedJson::array();
    std::string head = dump_json(root); // ends in `"key": []\n}`
    head.resize(head.size() - 4);       // up to the '['
    out << head << '[';
    bool first = true;
    for (const auto& item : items) {
        std::string element = dump_json(to_json(item));
        out << (first ? "\n    " : ",\n    ");
        first = false;
        // A dump has no raw newline inside a string (they are escaped): each one starts a line to indent.
        std::size_t start = 0;
        for (std::size_t nl = element.find('\n'); nl != std::string::npos; nl = element.find('\n', start)) {
            out.write(element.data() + start, static_cast<std::streamsize>(nl + 1 - start));
            out << "    ";
            start = nl + 1;
        }
        out.write(element.data() + start, static_cast<std::streamsize>(element.size() - start));
    }
    out << (first ? "]\n}" : "\n  ]\n}");
}

} // namespace axg::report
