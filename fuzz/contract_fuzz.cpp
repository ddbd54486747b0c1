// libFuzzer target: the contract format (appexguard.toml) through load::parse_contract, i.e. the TOML nesting
// pre-scan, toml++ and every typed field reader. Built with -DAPPEXGUARD_FUZZ=ON (scripts/fuzz.sh).

#include "fuzz_support.hpp"
#include "load/toml/contract_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    axg::util::Diagnostics diagnostics;
    auto contract = axg::load::parse_contract(axg::fuzz::as_text(data, size), "fuzz.toml", diagnostics);
    axg::fuzz::expect_reasons(contract, diagnostics);
    return 0;
}
