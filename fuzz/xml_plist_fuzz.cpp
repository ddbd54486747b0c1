// libFuzzer target: XML property lists (.entitlements, Info.plist) through load::parse_xml_plist.

#include "fuzz_support.hpp"
#include "load/plist/plist_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    axg::util::Diagnostics diagnostics;
    auto value = axg::load::parse_xml_plist(axg::fuzz::as_text(data, size), "fuzz.plist", diagnostics);
    axg::fuzz::expect_reasons(value, diagnostics);
    return 0;
}
