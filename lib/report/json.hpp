#pragma once
// The machine report (docs/json-format.md): stable field names, findings sorted, schema version 1.

#include <ostream>

#include "report/report.hpp"

namespace axg::report {

inline constexpr int k_json_schema_version = 1;

void render_json(const ReportInput& input, std::ostream& out);

} // namespace axg::report
