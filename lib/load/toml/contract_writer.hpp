#pragma once
// model::Contract -> canonical appexguard.toml text (docs/contract-format.md): sections in a fixed order, ids
// sorted, strings escaped, keys quoted only when TOML needs it. parse_contract(write_contract(c)) gives c back.

#include <string>
#include <string_view>

#include "model/contract.hpp"

namespace axg::load {

struct ContractWriterOptions {
    std::string header; // comment lines written first (each line gets "# "); may be empty
};

std::string write_contract(const model::Contract& contract, const ContractWriterOptions& options = {});

} // namespace axg::load
