// Build-setting keys with conditions, layering with $(inherited), and $(VAR) expansion.

#include <gtest/gtest.h>

#include "load/xcode/build_settings.hpp"
#include "load/xcode/xcode_project.hpp"

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

// A more specific level that refers to the setting itself means the inherited value (Xcode's lookup of the same
// setting while evaluating it is its next-lower assignment).
TEST(XcodeProjectBuildSettings, SelfReferenceIsTheInheritedValue) {
    BuildSettings settings;
    SettingContext release{"Release"};
    apply_settings(settings, {{"PRODUCT_BUNDLE_IDENTIFIER", {}, "com.example.app", {}}, {"OTHER", {}, "-a", {}}},
                   release);
    apply_settings(settings,
                   {{"PRODUCT_BUNDLE_IDENTIFIER", {}, "$(PRODUCT_BUNDLE_IDENTIFIER)", {}},
                    {"OTHER", {}, "$(OTHER) -x", {}},
                    {"DEVELOPMENT_TEAM", {}, "$(DEVELOPMENT_TEAM)", {}}},
                   release);
    EXPECT_EQ(settings["PRODUCT_BUNDLE_IDENTIFIER"], "com.example.app");
    EXPECT_EQ(settings["OTHER"], "-a -x");
    EXPECT_EQ(settings["DEVELOPMENT_TEAM"], ""); // nothing inherited
    EXPECT_TRUE(expand_setting("$(DEVELOPMENT_TEAM)", settings).complete());
}

TEST(XcodeProjectBuildSettings, LaterMatchingAssignmentWinsInALayer) {
    // An xcconfig keeps its order: the last matching line wins, conditional or not.
    std::vector<SettingAssignment> xcconfig{{"ID", {{"sdk", "iphoneos*"}}, "device", {}}, {"ID", {}, "plain", {}}};
    BuildSettings in_order;
    apply_settings(in_order, xcconfig, {"Release", "iphoneos"});
    EXPECT_EQ(in_order["ID"], "plain");
    // A dictionary (pbxproj, XcodeGen) is ordered by key as written first: the conditional key sorts after.
    order_as_dictionary(xcconfig);
    BuildSettings sorted;
    apply_settings(sorted, xcconfig, {"Release", "iphoneos"});
    EXPECT_EQ(sorted["ID"], "device");
}

TEST(XcodeProjectBuildSettings, OtherSdksNeverLeakIntoTheDevice) {
    std::vector<SettingAssignment> layer{{"TEAM", {{"sdk", "macosx*"}}, "MAC", {}},
                                         {"ENT", {}, "App.entitlements", {}},
                                         {"ENT", {{"sdk", "macosx*"}}, "Mac.entitlements", {}},
                                         {"ID", {{"sdk", "iphoneos*"}}, "device", {}},
                                         {"ID", {{"sdk", "iphonesimulator*"}}, "simulator", {}}};
    order_as_dictionary(layer);
    BuildSettings ios;
    apply_settings(ios, layer, {"Release", "iphoneos"});
    EXPECT_EQ(ios.count("TEAM"), 0u);
    EXPECT_EQ(ios["ENT"], "App.entitlements");
    EXPECT_EQ(ios["ID"], "device");
    BuildSettings mac;
    apply_settings(mac, layer, {"Release", "macosx"});
    EXPECT_EQ(mac["TEAM"], "MAC");
    EXPECT_EQ(mac["ENT"], "Mac.entitlements");
}

TEST(XcodeProjectBuildSettings, UnknownConditionParametersMatchOnlyEverything) {
    EXPECT_TRUE(conditions_match({{"dialect", "*"}}, {"Debug"}));
    EXPECT_FALSE(conditions_match({{"dialect", "c++"}}, {"Debug"}));
}

TEST(XcodeProjectBuildSettings, ExpandsReferences) {
    BuildSettings settings{{"ORG", "com.example"}, {"ID", "$(ORG).app${SUFFIX}"}, {"SUFFIX", ""}, {"NAME", "My App"},
                           {"WHICH", "NAME"},      {"LOOP", "$(LOOP)x"}};
    EXPECT_EQ(expand_setting("$(ID)", settings).text, "com.example.app");
    EXPECT_EQ(expand_setting("$(NAME:rfc1034identifier)", settings).text, "My-App");
    EXPECT_EQ(expand_setting("$(NAME:lower)", settings).text, "my app");
    EXPECT_EQ(expand_setting("$(NAME:c99extidentifier)", settings).text, "My_App");
    EXPECT_EQ(expand_setting("$($(WHICH))", settings).text, "My App");
    EXPECT_EQ(expand_setting("$(UNSET:default=x)", settings).text, "x");
    EXPECT_EQ(expand_setting("$(SUFFIX:default=x)", settings).text, "x");
    Expansion undefined = expand_setting("$(AppIdentifierPrefix)$(ORG)", settings);
    EXPECT_EQ(undefined.text, "com.example");
    EXPECT_EQ(undefined.undefined, (std::vector<std::string>{"AppIdentifierPrefix"}));
    ExpansionOptions keep;
    keep.keep_undefined = k_signing_names;
    EXPECT_EQ(expand_setting("$(AppIdentifierPrefix)$(ORG)", settings, keep).text, "$(AppIdentifierPrefix)com.example");
    Expansion loop = expand_setting("$(LOOP)", settings); // bounded, no hang
    EXPECT_EQ(loop.text, "x");
}

// A 56-byte xcconfig line repeated: each repetition substitutes the previous value four times.
TEST(XcodeProjectBuildSettings, HostileSelfReferencesAreCappedAndReported) {
    std::vector<SettingAssignment> layer{{"A", {}, "seed", {"hostile.xcconfig", 1, 1}}};
    for (std::uint32_t line = 2; line <= 30; ++line) {
        layer.push_back({"A", {}, "$(A)$(A)$(A)$(A)", {"hostile.xcconfig", line, 1}});
    }
    BuildSettings settings;
    util::Diagnostics diagnostics;
    apply_settings(settings, layer, {"Debug"}, &diagnostics);
    EXPECT_LE(settings["A"].size(), k_max_expansion_bytes);
    ASSERT_FALSE(diagnostics.empty());
    EXPECT_NE(diagnostics.items()[0].message.find("65536"), std::string::npos);
    EXPECT_EQ(diagnostics.items()[0].location.file, "hostile.xcconfig");
    // With nothing inherited the same line is simply empty.
    BuildSettings empty;
    apply_settings(empty, {{"A", {}, "$(A)$(A)$(A)$(A)", {}}}, {"Debug"});
    EXPECT_EQ(empty["A"], "");
}

// The same through a whole project read: bounded, and a located error in the xcconfig that grows.
TEST(XcodeProjectBuildSettings, HostileXcconfigIsALocatedErrorWhenTheProjectIsRead) {
    std::string hostile = "A = seed\n";
    for (int line = 0; line < 20; ++line) {
        hostile += "A = $(A)$(A)$(A)$(A)\n";
    }
    hostile += "PRODUCT_BUNDLE_IDENTIFIER = com.example.$(A)\n";
    FileReader reader = memory_reader({
        {"h/project.yml", "name: H\nconfigFiles:\n  Debug: hostile.xcconfig\n"
                          "targets:\n  App:\n    type: application\n    platform: iOS\n"},
        {"h/hostile.xcconfig", hostile},
    });
    util::Diagnostics diagnostics;
    std::optional<XcodeProject> project = load_xcode_project("h/project.yml", diagnostics, reader);
    ASSERT_FALSE(diagnostics.empty());
    util::Diagnostic first = diagnostics.sorted().at(0);
    EXPECT_NE(first.location.file.str().find("hostile.xcconfig"), std::string::npos) << first.str();
    EXPECT_NE(first.message.find("65536"), std::string::npos) << first.str();
    if (project) {
        const XcodeTarget* app = project->find_target("App");
        ASSERT_NE(app, nullptr);
        EXPECT_LE(app->product_bundle_identifier("Debug").size(), k_max_expansion_bytes);
    }
}

TEST(XcodeProjectBuildSettings, MutuallyRecursiveSettingsStayBounded) {
    BuildSettings settings{{"B", "$(C)$(C)$(C)$(C)"}, {"C", "$(B)$(B)$(B)$(B)"}};
    Expansion e = expand_setting("$(B)", settings);
    EXPECT_EQ(e.text, "");
    EXPECT_FALSE(e.notes.empty());
}

} // namespace
} // namespace axg::load
