#pragma once
// Data classification of a channel, a field or a store, ordered from least to most sensitive.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace axg::model {

enum class Classification { Public, Internal, Identifier, Personal, Sensitive, Credential };

std::string_view classification_name(Classification value);
std::optional<Classification> parse_classification(std::string_view name);
std::vector<std::string> classification_names();

// "Sensitive" in the rule catalog: personal, sensitive or credential.
inline bool is_sensitive(Classification value) { return value >= Classification::Personal; }

} // namespace axg::model
