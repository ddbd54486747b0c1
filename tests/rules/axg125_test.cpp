#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

// An app, a share extension and two widgets; `share` and `widget2` name their entitlements file by setting.
std::string contract(const std::string& share_file, const std::string& widget2_file) {
    return k_project + R"toml(
[configurations.Debug]
release = false
[configurations.Release]

[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"

[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.notes.share"
entitlements = )toml" +
           share_file + R"toml(

[components.widget]
kind = "extension"
extension_point = "com.apple.widgetkit-extension"
bundle_id = "com.example.notes.widget"
entitlements = "Widget.entitlements"

[components.widget2]
kind = "extension"
extension_point = "com.apple.widgetkit-extension"
bundle_id = "com.example.notes.widget2"
entitlements = )toml" +
           widget2_file + "\n";
}

const Files k_files = {{"App.entitlements", plist("<key>aps-environment</key><string>production</string>")},
                       {"Share.entitlements", plist("")},
                       {"Widget.entitlements", plist("")}};

TEST(Axg125, FiresWhenAnExtensionSignsWithTheAppsFile) {
    auto f = run_rule("AXG125", contract("\"App.entitlements\"", "\"Widget.entitlements\""), k_files);
    ASSERT_EQ(f.size(), 2u);                          // once per configuration (the runner merges them)
    EXPECT_EQ(f[0].target, "files.App.entitlements"); // named relative to the fixture's root, as every file is
    EXPECT_NE(f[0].message.find("\"app\" (app), \"share\" (com.apple.share-services)"), std::string::npos)
        << f[0].message;
    EXPECT_NE(f[0].fix.find("give \"share\" its own entitlements file"), std::string::npos) << f[0].fix;
    EXPECT_TRUE(f[0].location.file.str().ends_with("appexguard.toml")) << f[0].location.file;
    // At share's `entitlements` key (the line after its extension_point and bundle_id), with app's as related.
    ASSERT_EQ(f[0].related.size(), 1u);
    EXPECT_LT(f[0].related[0].line, f[0].location.line);
}

TEST(Axg125, FiresPerConfigurationWhereTheFileIsShared) {
    auto f = run_rule(
        "AXG125",
        contract("{ Debug = \"App.entitlements\", Release = \"Share.entitlements\" }", "\"Widget.entitlements\""),
        k_files);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].configurations, std::vector<std::string>{"Debug"});
}

TEST(Axg125, FiresForExtensionsOfDifferentPoints) {
    auto f = run_rule("AXG125", contract("\"Widget.entitlements\"", "\"Widget.entitlements\""), k_files);
    ASSERT_EQ(f.size(), 2u);
    // No app: the first user (share) reads as the owner, the first of another point (widget) as the one that gains.
    EXPECT_NE(f[0].message.find("\"share\" (com.apple.share-services), \"widget\" (com.apple.widgetkit-extension), "
                                "\"widget2\" (com.apple.widgetkit-extension)"),
              std::string::npos)
        << f[0].message;
    EXPECT_NE(f[0].fix.find("give \"widget\" its own"), std::string::npos) << f[0].fix;
    EXPECT_EQ(f[0].related.size(), 2u);
}

TEST(Axg125, QuietForOwnFilesAndForExtensionsOfOnePoint) {
    EXPECT_TRUE(run_rule("AXG125", contract("\"Share.entitlements\"", "\"Widget.entitlements\""), k_files).empty());
}

} // namespace
} // namespace axg::test
