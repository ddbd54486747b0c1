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
    auto f = run_rule("AXG106", k_contract, {{"Info.plist", k_open}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "components.keyboard");
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
