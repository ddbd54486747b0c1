#pragma once
// Expansion of Xcode build-setting references in manifest values: $(VAR), ${VAR}, $(VAR:modifier),
// nested values, and $$ for a literal dollar. Anything that cannot be expanded is kept verbatim in
// the output and named in `unresolved`, so it is reported (AXG113), never silently dropped.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace axg::load {

using VariableLookup = std::function<std::optional<std::string>(std::string_view name)>;

struct Expansion {
    std::string text;
    std::vector<std::string> unresolved; // variable names (with modifier) in order of appearance
};

Expansion expand_variables(std::string_view text, const VariableLookup& lookup);
bool has_variables(std::string_view text);

} // namespace axg::load
