// libFuzzer target: Xcode workspaces (contents.xcworkspacedata) through load::parse_workspace.

#include "fuzz_support.hpp"
#include "load/xcode/workspace.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    axg::util::Diagnostics diagnostics;
    auto workspace = axg::load::parse_workspace(axg::fuzz::as_text(data, size), "Fuzz.xcworkspace", diagnostics);
    axg::fuzz::expect_reasons(workspace, diagnostics);
    return 0;
}
