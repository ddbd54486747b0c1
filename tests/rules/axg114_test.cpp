#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"

[stores.group]
kind = "app-group"
id = "group.com.example.notes"
members = ["app"]
protection = "complete"
)";

std::string ents(const std::string& protection) {
    return plist(string_array("com.apple.security.application-groups", {"group.com.example.notes"}) +
                 "<key>com.apple.developer.default-data-protection</key><string>" + protection + "</string>");
}

TEST(Axg114, FiresWhenDefaultIsWeakerThanTheStore) {
    auto f = run_rule("AXG114", k_contract, {{"App.entitlements", ents("NSFileProtectionNone")}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].related.size(), 1u);
}

TEST(Axg114, QuietWhenDefaultIsAsStrong) {
    EXPECT_TRUE(run_rule("AXG114", k_contract, {{"App.entitlements", ents("NSFileProtectionComplete")}}).empty());
}

} // namespace
} // namespace axg::test
