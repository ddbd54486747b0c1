#pragma once
// Policy profiles (docs/policies.md): the built-in "baseline" and "strict" (contracts/policies/*.toml,
// compiled into the binary), or a user's TOML file, which may `extends` a built-in one.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/policy.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

// Parses a policy file. `base` (from `extends`) is resolved by the loader itself.
std::optional<model::Policy> parse_policy(std::string_view text, std::string_view path, util::Diagnostics& diagnostics);

// A built-in name ("baseline", "strict") or a path, relative to `base_dir` unless absolute.
// `requested_at` is where the name was written (the contract's project.policy, or "--policy"),
// for the error when it names neither.
std::optional<model::Policy> load_policy(const std::string& name_or_path, const std::string& base_dir,
                                         const util::SourceLocation& requested_at, util::Diagnostics& diagnostics);

std::vector<std::string> builtin_policy_names();

} // namespace axg::load
