// libFuzzer target: baseline files (JSON, docs/reports.md) through check::parse_baseline.

#include "check/baseline.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    axg::util::Diagnostics diagnostics;
    auto baseline = axg::check::parse_baseline(axg::fuzz::as_text(data, size), "fuzz-baseline.json", diagnostics);
    axg::fuzz::expect_reasons(baseline, diagnostics);
    return 0;
}
