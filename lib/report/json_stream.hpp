#pragma once
// The one nlohmann dump every JSON report uses. Documents too large to build first are written with
// report::JsonWriter (report/json_writer.hpp) in the same layout.

#include <nlohmann/json.hpp>

#include <string>

namespace axg::report {

using OrderedJson = nlohmann::ordered_json;

// The dump every report uses: indent 2, invalid UTF-8 replaced by U+FFFD.
std::string dump_json(const OrderedJson& value);

} // namespace axg::report
