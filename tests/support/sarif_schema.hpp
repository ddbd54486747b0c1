#pragma once
// SARIF 2.1.0 schema validation for report tests (../shared/schemas/sarif-2.1.0.json).

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

namespace axg::test {

// Where the schema lives; tests GTEST_SKIP when it does not exist.
std::filesystem::path sarif_schema_path();

// Empty when `sarif` validates against the schema, else one line per error (context: description).
// The schema must exist.
std::string sarif_schema_errors(const nlohmann::json& sarif);

} // namespace axg::test
