#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg904, FiresOnUnusedStoreAndSchema) {
    auto f = run_rule("AXG904", k_base);
    ASSERT_EQ(f.size(), 2u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg904, QuietWhenAChannelUsesThem) {
    auto f = run_rule("AXG904", k_base + channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

// A keychain group that holds a channel's key (key_store) is in use, and a single-member store shares nothing.
TEST(Axg904, QuietForKeyStoresAndSingleMemberStores) {
    std::string keys = R"(
[stores.keys]
kind = "keychain-group"
id = "ABCDE12345.com.example.notes.keys"
members = ["app", "share"]
)";
    std::string keyed = channel("c", {{"key_store", "\"keys\""}});
    auto f = run_rule("AXG904", k_base + keys + keyed);
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
    EXPECT_EQ(run_rule("AXG904", k_base + keys + channel("c")).size(), 1u); // without key_store: unused
    std::string single = replaced(keys, "members = [\"app\", \"share\"]", "members = [\"app\"]");
    EXPECT_TRUE(run_rule("AXG904", k_base + single + channel("c")).empty());
}

} // namespace
} // namespace axg::test
