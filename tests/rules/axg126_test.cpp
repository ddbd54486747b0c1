#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

// `project` is the [project] table (team ABCDE12345 unless it says otherwise).
std::string contract(const std::string& project) {
    return project + R"toml(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
entitlements = "App.entitlements"

[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.notes.share"
entitlements = "Share.entitlements"
)toml";
}

Files files(const std::vector<std::string>& app, const std::vector<std::string>& share) {
    return {{"App.entitlements", plist(string_array("keychain-access-groups", app))},
            {"Share.entitlements", plist(string_array("keychain-access-groups", share))}};
}

TEST(Axg126, FiresWhenOneComponentWritesAnotherPrefixLiterally) {
    auto f = run_rule("AXG126", contract(k_project),
                      files({"$(AppIdentifierPrefix)com.example.shared"}, {"XYZ9876543.com.example.shared"}));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "components.share");
    EXPECT_TRUE(f[0].location.file.str().ends_with("Share.entitlements")) << f[0].location.file;
    EXPECT_GT(f[0].location.line, 0);
    EXPECT_NE(f[0].message.find("\"ABCDE12345.com.example.shared\" in \"app\", \"XYZ9876543.com.example.shared\" in "
                                "\"share\""),
              std::string::npos)
        << f[0].message;
    EXPECT_NE(f[0].fix.find("$(AppIdentifierPrefix)com.example.shared"), std::string::npos) << f[0].fix;
    ASSERT_EQ(f[0].related.size(), 1u);
    EXPECT_TRUE(f[0].related[0].file.str().ends_with("App.entitlements")) << f[0].related[0].file;
}

TEST(Axg126, FiresOnALegacyAppIdPrefixNextToTheTeamPrefix) {
    const std::string project = R"toml([project]
name = "Fixture"
contract_version = "1.0.0"
team_id = "ABCDE12345"
app_id_prefix = "LGCY123456"
)toml";
    auto f =
        run_rule("AXG126", contract(project),
                 files({"$(AppIdentifierPrefix)com.example.shared"}, {"$(TeamIdentifierPrefix)com.example.shared"}));
    ASSERT_EQ(f.size(), 1u);
    // The odd one out is the value that is not under the project's App ID prefix.
    EXPECT_EQ(f[0].target, "components.share");
    EXPECT_NE(f[0].message.find("\"LGCY123456.com.example.shared\""), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].fix.find("(LGCY123456)"), std::string::npos) << f[0].fix;
}

TEST(Axg126, QuietOnOnePrefixOrOnDifferentGroups) {
    EXPECT_TRUE(run_rule("AXG126", contract(k_project),
                         files({"$(AppIdentifierPrefix)com.example.shared", "XYZ9876543.com.example.vendor"},
                               {"ABCDE12345.com.example.shared"}))
                    .empty());
}

TEST(Axg126, QuietWhenThePrefixCannotBeExpanded) {
    const std::string project = R"toml([project]
name = "Fixture"
contract_version = "1.0.0"
)toml";
    EXPECT_TRUE(run_rule("AXG126", contract(project),
                         files({"$(AppIdentifierPrefix)com.example.shared"}, {"XYZ9876543.com.example.shared"}))
                    .empty());
}

} // namespace
} // namespace axg::test
