#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.notes.share"
info_plist = "Info.plist"
)";

std::string info(const std::string& rule) {
    return plist("<key>NSExtension</key><dict><key>NSExtensionPointIdentifier</key>"
                 "<string>com.apple.share-services</string><key>NSExtensionAttributes</key><dict>"
                 "<key>NSExtensionActivationRule</key>" +
                 rule + "</dict></dict>");
}

TEST(Axg111, FiresOnTruePredicate) {
    auto f = run_rule("AXG111", k_contract, {{"Info.plist", info("<string>TRUEPREDICATE</string>")}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_GT(f[0].location.line, 0u);
}

TEST(Axg111, QuietOnTypedRule) {
    auto f = run_rule("AXG111", k_contract,
                      {{"Info.plist", info("<dict><key>NSExtensionActivationSupportsText</key><true/></dict>")}});
    EXPECT_TRUE(f.empty());
}

} // namespace
} // namespace axg::test
