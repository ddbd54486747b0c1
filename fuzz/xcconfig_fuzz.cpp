// libFuzzer target: .xcconfig files through load::parse_xcconfig, then include following (the input includes
// itself through an in-memory reader, for cycles and depth) and setting resolution.

#include <map>
#include <string>

#include "fuzz_support.hpp"
#include "load/xcode/xcconfig.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(axg::fuzz::as_text(data, size));
    axg::util::Diagnostics diagnostics;
    axg::load::parse_xcconfig(text, "fuzz.xcconfig", diagnostics);
    axg::util::Diagnostics loaded;
    auto reader = axg::load::memory_reader({{"fuzz.xcconfig", text}, {"other.xcconfig", text}});
    auto result = axg::load::load_xcconfig("fuzz.xcconfig", reader, loaded);
    axg::load::SettingContext context;
    axg::load::resolve_xcconfig_setting(result.assignments, "CODE_SIGN_ENTITLEMENTS", context);
    return 0;
}
