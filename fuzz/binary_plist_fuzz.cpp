// libFuzzer target: binary property lists (bplist00) through load::parse_plist, which dispatches on the header.
// Inputs without the header get it prepended, so that every mutation exercises the binary reader.

#include <string>

#include "fuzz_support.hpp"
#include "load/plist/plist_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(axg::fuzz::as_text(data, size));
    if (!axg::load::is_binary_plist(text)) {
        text.insert(0, "bplist00");
    }
    axg::util::Diagnostics diagnostics;
    auto value = axg::load::parse_plist(text, "fuzz.plist", diagnostics);
    axg::fuzz::expect_reasons(value, diagnostics);
    return 0;
}
