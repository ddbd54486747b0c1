#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg202, FiresOnUnauthenticatedPersonalChannel) {
    auto f =
        run_rule("AXG202", k_base + channel("c", {{"auth", "\"none\""}, {"token_ttl", ""}, {"token_rotation", ""}}));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg202, QuietWhenAuthenticated) {
    auto f = run_rule("AXG202", k_base + channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

// On a public entry point the finding is the sensitive payload, whatever auth says, and the fix is doable.
TEST(Axg202, PublicEntryPointCarryingSensitiveDataAsksForAnOpaqueReference) {
    std::string url = k_base + R"(
[channels.login]
transport = "universal-link"
domain = "notes.example.com"
from = "@web"
to = ["app"]
classification = "credential"
validation = "receiver"
)";
    for (std::string auth : {"none", "token", "unknown"}) {
        auto f = run_rule("AXG202", url + "auth = \"" + auth + "\"\n");
        ASSERT_EQ(f.size(), 1u) << auth;
        EXPECT_NE(f[0].message.find("public entry point"), std::string::npos) << f[0].message;
        EXPECT_NE(f[0].fix.find("opaque reference"), std::string::npos) << f[0].fix;
        EXPECT_EQ(f[0].fix.find("auth ="), std::string::npos) << f[0].fix;
    }
    // Public data on it is what a public entry point is for.
    EXPECT_TRUE(run_rule("AXG202", replaced(url, "\"credential\"", "\"public\"")).empty());
    // Over a URL scheme, which the policy forbids for credentials, AXG201 reports it instead: one finding.
    std::string scheme =
        replaced(replaced(replaced(url, "transport = \"universal-link\"", "transport = \"url-scheme\""),
                          "domain = \"notes.example.com\"", "scheme = \"notes-login\""),
                 "from = \"@web\"", "from = \"@any-app\"");
    EXPECT_TRUE(run_rule("AXG202", scheme).empty());
    EXPECT_EQ(run_rule("AXG201", scheme).size(), 1u);
}

// A share extension's input is what the user picked to share: no opaque reference is possible, none is asked.
TEST(Axg202, QuietOnWhatTheUserPickedToShare) {
    auto f = run_rule("AXG202", k_base + R"(
[channels.share-input]
transport = "extension-context"
from = "@any-app"
to = ["share"]
classification = "personal"
validation = "receiver"
)");
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
