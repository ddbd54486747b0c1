// Build-setting keys with conditions, layering with $(inherited), and $(VAR) expansion.

#include <gtest/gtest.h>

#include "load/xcode/build_settings.hpp"

namespace axg::load {
namespace {

TEST(XcodeProjectBuildSettings, SplitsConditionalKeys) {
    SplitKey split = split_setting_key("CODE_SIGN_IDENTITY[sdk=iphoneos*][config=Beta]");
    EXPECT_TRUE(split.error.empty());
    EXPECT_EQ(split.key, "CODE_SIGN_IDENTITY");
    ASSERT_EQ(split.conditions.size(), 2u);
    EXPECT_EQ(split.conditions[1].pattern, "Beta");
    EXPECT_FALSE(split_setting_key("A[sdk=x").error.empty());
    EXPECT_FALSE(split_setting_key("9A").error.empty());
}

TEST(XcodeProjectBuildSettings, GlobMatches) {
    EXPECT_TRUE(glob_match("iphoneos*", "iphoneos17.0"));
    EXPECT_TRUE(glob_match("*", ""));
    EXPECT_TRUE(glob_match("Release*", "Release (AppStore)"));
    EXPECT_FALSE(glob_match("iphoneos*", "iphonesimulator"));
    EXPECT_TRUE(glob_match("a*b*c", "aXbYbZc"));
    EXPECT_FALSE(glob_match(std::string(50, '*') + "x", std::string(5000, 'a')));
}

TEST(XcodeProjectBuildSettings, LayersWithInherited) {
    BuildSettings settings;
    SettingContext debug{"Debug"};
    apply_settings(settings, {{"FLAGS", {}, "-a", {}}, {"KEEP", {}, "k", {}}}, debug);
    apply_settings(settings, {{"FLAGS", {}, "$(inherited) -b", {}}, {"NEW", {}, "${inherited} n", {}}}, debug);
    EXPECT_EQ(settings["FLAGS"], "-a -b");
    EXPECT_EQ(settings["NEW"], "n");
    EXPECT_EQ(settings["KEEP"], "k");
}

TEST(XcodeProjectBuildSettings, ExpandsReferences) {
    BuildSettings settings{{"ORG", "com.example"},
                           {"ID", "$(ORG).app${SUFFIX}"},
                           {"SUFFIX", ""},
                           {"NAME", "My App"},
                           {"WHICH", "NAME"},
                           {"LOOP", "$(LOOP)x"}};
    EXPECT_EQ(expand_settings("$(ID)", settings), "com.example.app");
    EXPECT_EQ(expand_settings("$(NAME:rfc1034identifier)", settings), "My-App");
    EXPECT_EQ(expand_settings("$(NAME:lower)", settings), "my app");
    EXPECT_EQ(expand_settings("$(NAME:c99extidentifier)", settings), "My_App");
    EXPECT_EQ(expand_settings("$($(WHICH))", settings), "My App");
    EXPECT_EQ(expand_settings("$(AppIdentifierPrefix)$(ORG)", settings), "$(AppIdentifierPrefix)com.example");
    EXPECT_EQ(expand_settings("$(UNSET:default=x)", settings), "$(UNSET:default=x)");
    EXPECT_EQ(expand_settings("$(SUFFIX:default=x)", settings), "x");
    EXPECT_EQ(expand_settings("$(unterminated", settings), "$(unterminated");
    std::string loop = expand_settings("$(LOOP)", settings); // bounded, no hang
    EXPECT_TRUE(loop.ends_with("x"));
}

} // namespace
} // namespace axg::load
