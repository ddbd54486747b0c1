#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

// The app and an extension of `point` that signs with `extension_file`.
std::string contract(const std::string& point, const std::string& extension_file) {
    return k_project + R"toml(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"

[components.ext]
kind = "extension"
extension_point = ")toml" +
           point + R"toml("
bundle_id = "com.example.notes.ext"
entitlements = ")toml" +
           extension_file + "\"\n";
}

const std::string k_app_file = plist("<key>aps-environment</key><string>production</string>"
                                     "<key>com.apple.developer.healthkit</key><true/>"
                                     "<key>com.apple.developer.homekit</key><true/>"
                                     "<key>com.apple.developer.siri</key><true/>"
                                     "<key>com.apple.developer.nfc.readersession.formats</key>"
                                     "<array><string>TAG</string></array>");

TEST(Axg127, FiresForEachCapabilityTheSharedFileGivesAShareExtension) {
    auto f = run_rule("AXG127", contract("com.apple.share-services", "App.entitlements"),
                      {{"App.entitlements", k_app_file}});
    // HealthKit, HomeKit, SiriKit, NFC; aps-environment is in the share extension's never set (AXG105 reports it).
    ASSERT_EQ(f.size(), 4u);
    for (const auto& x : f) {
        EXPECT_TRUE(x.location.file.str().ends_with("App.entitlements")) << x.location.file;
        EXPECT_NE(x.message.find("to \"ext\" (com.apple.share-services), whose extension point never uses it, because "
                                 "it shares the file with \"app\""),
                  std::string::npos)
            << x.message;
        EXPECT_EQ(x.message.find("aps-environment"), std::string::npos) << x.message;
    }
    EXPECT_NE(f[0].message.find("HealthKit (com.apple.developer.healthkit)"), std::string::npos) << f[0].message;
    EXPECT_LT(f[0].location.line * 1000 + f[0].location.column, f[1].location.line * 1000 + f[1].location.column);
}

TEST(Axg127, QuietWhereTheExtensionPointUsesTheCapability) {
    // An intents extension uses SiriKit and HealthKit; HomeKit too. NFC reading belongs to the app alone.
    auto f = run_rule("AXG127", contract("com.apple.intents-service", "App.entitlements"),
                      {{"App.entitlements", k_app_file}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("com.apple.developer.nfc.readersession.formats"), std::string::npos) << f[0].message;
}

TEST(Axg127, QuietWithoutSharingOrWhenDisabled) {
    EXPECT_TRUE(run_rule("AXG127", contract("com.apple.share-services", "Ext.entitlements"),
                         {{"App.entitlements", k_app_file}, {"Ext.entitlements", k_app_file}})
                    .empty());
    EXPECT_TRUE(run_rule("AXG127", contract("com.apple.share-services", "App.entitlements"),
                         {{"App.entitlements", plist("<key>com.apple.developer.healthkit</key><false/>")}})
                    .empty());
}

} // namespace
} // namespace axg::test
