// libFuzzer target: XcodeGen specs (project.yml) through load::parse_xcodegen (yaml-cpp underneath).

#include "fuzz_support.hpp"
#include "load/xcode/xcodegen.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    axg::util::Diagnostics diagnostics;
    auto spec = axg::load::parse_xcodegen(axg::fuzz::as_text(data, size), "project.yml", ".", diagnostics);
    axg::fuzz::expect_reasons(spec, diagnostics);
    return 0;
}
