#include "model/classification.hpp"

#include "model/enum_table.hpp"

namespace axg::model {

namespace {
constexpr EnumEntry<Classification> k_classifications[] = {
    {Classification::Public, "public"},         {Classification::Internal, "internal"},
    {Classification::Identifier, "identifier"}, {Classification::Personal, "personal"},
    {Classification::Sensitive, "sensitive"},   {Classification::Credential, "credential"},
};
} // namespace

std::string_view classification_name(Classification value) { return enum_name(k_classifications, value); }
std::optional<Classification> parse_classification(std::string_view name) {
    return enum_parse(k_classifications, name);
}
std::vector<std::string> classification_names() { return enum_names(k_classifications); }

} // namespace axg::model
