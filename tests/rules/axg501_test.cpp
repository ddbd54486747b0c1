#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string contract(const std::string& controls) {
    return k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.app"

[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.app.share"

[channels.open]
transport = "url-scheme"
scheme = "x"
from = "share"
to = ["app"]
classification = "personal"
)" + controls;
}

TEST(Axg501, FiresOncePerUnmitigatedThreat) {
    auto f = run_rule("AXG501", contract(""));
    ASSERT_FALSE(f.empty());
    bool spoof = false;
    for (const auto& x : f) {
        EXPECT_EQ(x.target, "channels.open");
        EXPECT_GT(x.location.line, 0u);
        spoof = spoof || x.message.find("spoofed-sender@channels.open") != std::string::npos;
    }
    EXPECT_TRUE(spoof);
}

TEST(Axg501, QuietOnceEveryThreatHasAMitigation) {
    auto f = run_rule("AXG501", contract("auth = \"mutual-token\"\nencryption = \"aead\"\nvalidation = \"both\"\n"
                                         "audit = true\nrate_limit = \"5/s\"\n"));
    EXPECT_TRUE(f.empty()) << f.front().message;
}

TEST(Axg501, LowImpactThreatsAreNotFindings) {
    std::string c = contract("");
    c.replace(c.find("classification = \"personal\""), 27, "classification = \"public\"\nvalidation = \"receiver\"");
    // Spoofing, repudiation and flooding remain unmitigated, on public data: listed, not findings.
    EXPECT_TRUE(run_rule("AXG501", c).empty());
}

} // namespace
} // namespace axg::test
