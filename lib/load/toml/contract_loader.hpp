#pragma once
// appexguard.toml -> model::Contract (docs/contract-format.md). Reports every problem it finds:
// syntax, unknown keys, wrong types, bad values, duplicates, dangling references.

#include <optional>
#include <string_view>

#include "model/contract.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

// `path` names the file in messages. Returns nullopt when any error was reported.
std::optional<model::Contract> parse_contract(std::string_view text, std::string_view path,
                                              util::Diagnostics& diagnostics);

} // namespace axg::load
