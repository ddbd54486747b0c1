#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg204, FiresOnCleartextPersonalData) {
    auto f = run_rule("AXG204", k_base + channel("c", {{"encryption", "\"none\""}, {"key_storage", "\"none\""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg204, QuietWhenEncrypted) {
    auto f = run_rule("AXG204", k_base + channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

// No opener of a public entry point holds a key: AXG202 reports the payload instead.
TEST(Axg204, QuietOnAPublicEntryPoint) {
    auto f = run_rule("AXG204", k_base + R"(
[channels.login]
transport = "universal-link"
domain = "notes.example.com"
from = "@web"
to = ["app"]
classification = "personal"
encryption = "none"
validation = "receiver"
)");
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
