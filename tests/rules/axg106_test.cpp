#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.kb"

[components.keyboard]
kind = "extension"
extension_point = "com.apple.keyboard-service"
bundle_id = "com.example.kb.keyboard"
info_plist = "Info.plist"

[stores.group]
kind = "app-group"
id = "group.com.example.kb"
members = ["app", "keyboard"]
)";

const std::string k_open =
    plist("<key>NSExtension</key><dict><key>NSExtensionPointIdentifier</key><string>com.apple.keyboard-service</string>"
          "<key>NSExtensionAttributes</key><dict><key>RequestsOpenAccess</key><true/></dict></dict>");

TEST(Axg106, FiresWhenOpenAccessIsNotNeeded) {
    auto f = run_rule("AXG106", replaced(k_contract, "info_plist", "open_access = true\ninfo_plist"),
                      {{"Info.plist", k_open}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "components.keyboard");
    EXPECT_NE(f[0].message.find("no declared channel"), std::string::npos) << f[0].message;
}

// The contract and the Info.plist describe the same keyboard, or the model (read-only membership) is wrong.
TEST(Axg106, FiresWhenTheContractAndTheInfoPlistDisagree) {
    auto f = run_rule("AXG106", k_contract, {{"Info.plist", k_open}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("declared with open_access = false, but its Info.plist requests"), std::string::npos)
        << f[0].message;
    EXPECT_TRUE(f[0].location.file.str().ends_with("Info.plist"));
    std::string closed = replaced(k_open, "<true/>", "<false/>");
    f = run_rule("AXG106", replaced(k_contract, "info_plist", "open_access = true\ninfo_plist"),
                 {{"Info.plist", closed}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("does not request"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.file.str().ends_with("appexguard.toml"));
    EXPECT_TRUE(run_rule("AXG106", k_contract, {{"Info.plist", closed}}).empty());
}

TEST(Axg106, QuietWhenAChannelWritesTheGroup) {
    std::string open = k_contract;
    open.replace(open.find("info_plist"), 0, "open_access = true\n"); // a keyboard writes its group only with it
    auto f = run_rule("AXG106", open + R"(
[channels.learned-words]
transport = "app-group-file"
store = "group"
from = "keyboard"
to = ["app"]
)",
                      {{"Info.plist", k_open}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
