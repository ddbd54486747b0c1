// libFuzzer target: policy profiles (docs/policies.md) through load::parse_policy.

#include "fuzz_support.hpp"
#include "load/toml/policy_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    axg::util::Diagnostics diagnostics;
    auto policy = axg::load::parse_policy(axg::fuzz::as_text(data, size), "fuzz-policy.toml", diagnostics);
    axg::fuzz::expect_reasons(policy, diagnostics);
    return 0;
}
