// libFuzzer target: project.pbxproj (OpenStep plist) through load::parse_pbxproj and the typed project layer.

#include <optional>

#include "fuzz_support.hpp"
#include "load/xcode/pbx_objects.hpp"
#include "load/xcode/pbxproj.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    axg::util::Diagnostics diagnostics;
    std::optional<axg::load::PbxValue> root =
        axg::load::parse_pbxproj(axg::fuzz::as_text(data, size), "fuzz.pbxproj", diagnostics);
    if (root) {
        axg::load::read_pbx_project(*root, "fuzz.pbxproj", diagnostics);
    } else if (diagnostics.size() != 1) {
        __builtin_trap(); // a failed parse reports exactly one located error
    }
    return 0;
}
