// libFuzzer target: appexguard.lock through load::parse_lock.

#include "fuzz_support.hpp"
#include "load/toml/lock_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    axg::util::Diagnostics diagnostics;
    auto lock = axg::load::parse_lock(axg::fuzz::as_text(data, size), "fuzz.lock", diagnostics);
    axg::fuzz::expect_reasons(lock, diagnostics);
    return 0;
}
