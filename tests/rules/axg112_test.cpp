#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.widget]
kind = "extension"
extension_point = "com.apple.widgetkit-extension"
bundle_id = "com.example.notes.widget"
info_plist = "Info.plist"
)";

std::string info(const std::string& point) {
    return plist("<key>NSExtension</key><dict><key>NSExtensionPointIdentifier</key><string>" + point +
                 "</string></dict>");
}

TEST(Axg112, FiresOnMismatchedExtensionPoint) {
    auto f = run_rule("AXG112", k_contract, {{"Info.plist", info("com.apple.widget-extension")}});
    ASSERT_EQ(f.size(), 1u);
    ASSERT_EQ(f[0].related.size(), 1u);
    EXPECT_NE(f[0].related[0].file.str().find("appexguard.toml"), std::string::npos);
}

TEST(Axg112, QuietWhenTheyAgree) {
    EXPECT_TRUE(run_rule("AXG112", k_contract, {{"Info.plist", info("com.apple.widgetkit-extension")}}).empty());
}

} // namespace
} // namespace axg::test
