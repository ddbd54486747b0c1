#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[configurations.Debug]
release = false

[configurations.Release]
release = true

[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"
)";

const std::string k_debuggable =
    plist("<key>get-task-allow</key><true/><key>aps-environment</key><string>development</string>");

// get-task-allow only: aps-environment = development in the file is what Xcode writes, and signing with a
// distribution profile replaces it with production (docs/rules/AXG107.md).
TEST(Axg107, FiresInReleaseOnly) {
    auto f = run_rule("AXG107", k_contract, {{"App.entitlements", k_debuggable}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].configurations, std::vector<std::string>{"Release"});
    EXPECT_NE(f[0].message.find("get-task-allow"), std::string::npos) << f[0].message;
}

TEST(Axg107, QuietOnProductionEntitlements) {
    auto f = run_rule("AXG107", k_contract,
                      {{"App.entitlements", plist("<key>aps-environment</key><string>production</string>")}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
