#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_info = plist("<key>UIFileSharingEnabled</key><true/>");

std::string contract(const std::string& classification) {
    return k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
info_plist = "Info.plist"

[stores.group]
kind = "app-group"
id = "group.com.example.notes"
members = ["app"]
classification = ")" +
           classification + "\"\n";
}

TEST(Axg115, FiresWhenSensitiveDataMeetsFileSharing) {
    auto f = run_rule("AXG115", contract("personal"), {{"Info.plist", k_info}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("UIFileSharingEnabled"), std::string::npos);
}

TEST(Axg115, QuietForPublicData) {
    EXPECT_TRUE(run_rule("AXG115", contract("public"), {{"Info.plist", k_info}}).empty());
}

// LSSupportsOpeningDocumentsInPlace alone exposes nothing; with UIFileSharingEnabled it adds the Files app.
TEST(Axg115, OpeningInPlaceAloneIsQuietAndWidensFileSharing) {
    auto in_place = plist("<key>LSSupportsOpeningDocumentsInPlace</key><true/>");
    EXPECT_TRUE(run_rule("AXG115", contract("personal"), {{"Info.plist", in_place}}).empty());
    auto both = plist("<key>UIFileSharingEnabled</key><true/><key>LSSupportsOpeningDocumentsInPlace</key><true/>");
    auto f = run_rule("AXG115", contract("personal"), {{"Info.plist", both}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("to the Files app"), std::string::npos) << f[0].message;
}

// An extension's container never shows in Files or Finder.
TEST(Axg115, QuietForExtensions) {
    std::string c = replaced(contract("personal"), "kind = \"app\"",
                             "kind = \"extension\"\nextension_point = \"com.apple.widgetkit-extension\"");
    EXPECT_TRUE(run_rule("AXG115", c, {{"Info.plist", k_info}}).empty());
}

} // namespace
} // namespace axg::test
