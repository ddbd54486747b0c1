#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg204, FiresOnCleartextPersonalData) {
    auto f = run_rule("AXG204", k_base + channel("c", {{"encryption", "\"none\""}, {"key_storage", "\"none\""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
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

// XPC hands the message from process to process through the kernel: nobody else sees it to encrypt against.
TEST(Axg204, QuietOnInMemoryPrivateTransports) {
    std::string xpc = k_base + R"(
[channels.x]
transport = "xpc"
from = "share"
to = ["app"]
classification = "personal"
auth = "platform"
encryption = "none"
validation = "receiver"
)";
    auto f = run_rule("AXG204", xpc);
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
    // The same data in an app-group file rests where every member reads it.
    EXPECT_EQ(run_rule("AXG204", k_base + channel("c", {{"encryption", "\"none\""}, {"key_storage", ""}})).size(), 1u);
}

} // namespace
} // namespace axg::test
