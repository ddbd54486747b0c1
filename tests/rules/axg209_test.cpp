#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg209, FiresOnShareExtensionWithoutRateLimit) {
    auto f = run_rule("AXG209", k_base + channel("c", {{"rate_limit", ""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg209, QuietWithABoundedQueue) {
    auto f = run_rule("AXG209", k_base + channel("c", {{"rate_limit", ""}, {"queue", "100"}}));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

// A public entry point needs a rate limit only where one delivery costs something (`effect`).
const std::string k_url_entry = k_base + R"(
[channels.url-open]
transport = "url-scheme"
scheme = "notes"
from = "@any-app"
to = ["app"]
validation = "receiver"
)";

TEST(Axg209, QuietOnAPublicEntryPointThatOnlyDisplays) {
    auto f = run_rule("AXG209", k_url_entry);
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

TEST(Axg209, FiresOnAPublicEntryPointThatWritesOnEveryOpen) {
    for (std::string effect : {"writes", "network", "prompt"}) {
        auto f = run_rule("AXG209", k_url_entry + "effect = \"" + effect + "\"\n");
        ASSERT_EQ(f.size(), 1u) << effect;
        EXPECT_EQ(f[0].target, "channels.url-open");
        EXPECT_NE(f[0].message.find("public entry point"), std::string::npos) << f[0].message;
        EXPECT_NE(f[0].message.find("effect = \"" + effect + "\""), std::string::npos) << f[0].message;
        EXPECT_GT(f[0].location.line, 0u);
        EXPECT_TRUE(run_rule("AXG209", k_url_entry + "effect = \"" + effect + "\"\nrate_limit = \"10/min\"\n").empty());
    }
}

} // namespace
} // namespace axg::test
