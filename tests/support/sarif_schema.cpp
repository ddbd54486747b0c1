#include "support/sarif_schema.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "support/paths.hpp"

namespace axg::test {

std::filesystem::path sarif_schema_path() {
    return source_dir().parent_path() / "shared" / "schemas" / "sarif-2.1.0.json";
}

std::string sarif_schema_errors(const nlohmann::json& sarif) {
    nlohmann::json schema_doc = nlohmann::json::parse(read_text(sarif_schema_path()));
    valijson::Schema schema;
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
    parser.populateSchema(schema_adapter, schema);
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(sarif);
    if (validator.validate(schema, target, &results)) {
        return "";
    }
    std::string why;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        for (const auto& c : error.context) {
            why += c;
        }
        why += ": " + error.description + "\n";
    }
    return why.empty() ? "invalid\n" : why;
}

} // namespace axg::test
