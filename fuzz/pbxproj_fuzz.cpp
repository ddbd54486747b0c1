// libFuzzer target for the pbxproj parser and its typed layer. Not part of the CMake build (clang only):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Ilib fuzz/pbxproj_fuzz.cpp \
//       lib/load/pbxproj.cpp lib/load/pbx_objects.cpp lib/load/build_settings.cpp \
//       lib/util/diagnostics.cpp lib/util/source_location.cpp lib/util/text.cpp -o pbxproj_fuzz
//   ./pbxproj_fuzz -max_len=65536 ../shared/corpora/*/*.xcodeproj ../shared/corpora/*/*/*.xcodeproj

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "load/xcode/pbx_objects.hpp"
#include "load/xcode/pbxproj.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    axg::util::Diagnostics diagnostics;
    std::optional<axg::load::PbxValue> root = axg::load::parse_pbxproj(text, "fuzz.pbxproj", diagnostics);
    if (root) {
        axg::load::read_pbx_project(*root, "fuzz.pbxproj", diagnostics);
    } else if (diagnostics.size() != 1) {
        __builtin_trap(); // a failed parse reports exactly one located error
    }
    return 0;
}
