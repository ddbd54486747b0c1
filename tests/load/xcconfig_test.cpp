// .xcconfig reading: assignments, conditions, includes, $(inherited) and the resolver.

#include <gtest/gtest.h>

#include "load/xcode/xcconfig.hpp"

namespace axg::load {
namespace {

TEST(XcconfigParse, ReadsAssignmentsConditionsAndComments) {
    util::Diagnostics diagnostics;
    XcconfigFile file = parse_xcconfig("// header\n"
                                       "FOO = bar baz  // trailing comment\n"
                                       "  SDKROOT = iphoneos;\n"
                                       "CODE_SIGN_IDENTITY[sdk=iphoneos*][config=Release] = iPhone Distribution\n"
                                       "EMPTY =\n"
                                       "URL = https://example.com\n",
                                       "a.xcconfig", diagnostics);
    ASSERT_TRUE(diagnostics.empty());
    ASSERT_EQ(file.assignments.size(), 5u);
    EXPECT_EQ(file.assignments[0].key, "FOO");
    EXPECT_EQ(file.assignments[0].value, "bar baz");
    EXPECT_EQ(file.assignments[0].location.line, 2u);
    EXPECT_EQ(file.assignments[1].value, "iphoneos"); // a trailing ';' is dropped, as Xcode does
    EXPECT_EQ(file.assignments[1].location.column, 3u);
    const SettingAssignment& identity = file.assignments[2];
    EXPECT_EQ(identity.key, "CODE_SIGN_IDENTITY");
    ASSERT_EQ(identity.conditions.size(), 2u);
    EXPECT_EQ(identity.conditions[0], (SettingCondition{"sdk", "iphoneos*"}));
    EXPECT_EQ(identity.conditions[1], (SettingCondition{"config", "Release"}));
    EXPECT_EQ(identity.value, "iPhone Distribution");
    EXPECT_EQ(file.assignments[3].value, "");
    EXPECT_EQ(file.assignments[4].value, "https:"); // '//' starts a comment anywhere in Xcode too
}

TEST(XcconfigResolve, PicksTheValueForConfigurationAndSdk) {
    util::Diagnostics diagnostics;
    XcconfigFile file = parse_xcconfig("ID = Developer\n"
                                       "ID[sdk=iphoneos*] = iPhone Developer\n"
                                       "ID[config=Release][sdk=iphoneos*] = iPhone Distribution\n"
                                       "OTHER[sdk=iphoneos*] = device\n"
                                       "OTHER = Overridden\n" // Xcode: a later line wins, conditional or not
                                       "TEAM[config=Debug] = DBG\n",
                                       "r.xcconfig", diagnostics);
    ASSERT_TRUE(diagnostics.empty());
    EXPECT_EQ(resolve_xcconfig_setting(file.assignments, "ID", {"Release", "iphoneos"}), "iPhone Distribution");
    EXPECT_EQ(resolve_xcconfig_setting(file.assignments, "ID", {"Debug", "iphoneos"}), "iPhone Developer");
    EXPECT_EQ(resolve_xcconfig_setting(file.assignments, "ID", {"Debug", "macosx"}), "Developer");
    EXPECT_EQ(resolve_xcconfig_setting(file.assignments, "OTHER", {"Debug", "iphoneos"}), "Overridden");
    EXPECT_EQ(resolve_xcconfig_setting(file.assignments, "TEAM", {"Debug", "iphoneos"}), "DBG");
    EXPECT_EQ(resolve_xcconfig_setting(file.assignments, "TEAM", {"Release", "iphoneos"}), std::nullopt);
}

TEST(XcconfigLoad, FollowsIncludesRelativeToTheIncludingFile) {
    FileReader reader = memory_reader({
        {"p/Config/Base.xcconfig", "#include \"Shared/Common.xcconfig\"\nFLAGS = $(inherited) -base\n"},
        {"p/Config/Shared/Common.xcconfig", "#include? \"Missing.xcconfig\"\nFLAGS = -common\nTEAM = T1\n"},
        {"p/Target.xcconfig", "#include \"Config/Base.xcconfig\"\nFLAGS = $(inherited) -target\n"},
    });
    util::Diagnostics diagnostics;
    XcconfigResult result = load_xcconfig("p/Target.xcconfig", reader, diagnostics);
    ASSERT_TRUE(diagnostics.empty());
    EXPECT_TRUE(result.found);
    EXPECT_TRUE(result.missing.empty()); // the missing include is optional
    ASSERT_EQ(result.files.size(), 3u);
    EXPECT_EQ(result.files[2].generic_string(), "p/Config/Shared/Common.xcconfig");
    EXPECT_EQ(resolve_xcconfig_setting(result.assignments, "FLAGS", {"Debug"}), "-common -base -target");
    EXPECT_EQ(resolve_xcconfig_setting(result.assignments, "TEAM", {"Debug"}), "T1");
}

TEST(XcconfigLoad, FallsBackToSearchDirectoriesAndReportsMissingIncludes) {
    FileReader reader = memory_reader({
        {"root/Riot/Common.xcconfig", "#include \"Config/Ids.xcconfig\"\n#include \"Pods/x.xcconfig\"\nA = $(B)\n"},
        {"root/Config/Ids.xcconfig", "B = im.vector.app\n"},
    });
    util::Diagnostics diagnostics;
    XcconfigResult result = load_xcconfig("root/Riot/Common.xcconfig", reader, diagnostics, {"root"});
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_EQ(resolve_xcconfig_setting(result.assignments, "B", {"Debug"}), "im.vector.app");
    ASSERT_EQ(result.missing.size(), 1u);
    EXPECT_EQ(result.missing[0].location.str(), "root/Riot/Common.xcconfig:2:1");
}

TEST(XcconfigLoad, ReportsIncludeCycles) {
    FileReader reader = memory_reader({
        {"a.xcconfig", "#include \"b.xcconfig\"\nA = 1\n"},
        {"b.xcconfig", "B = 2\n#include \"a.xcconfig\"\n"},
    });
    util::Diagnostics diagnostics;
    XcconfigResult result = load_xcconfig("a.xcconfig", reader, diagnostics);
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].location.str(), "b.xcconfig:2:1");
    EXPECT_NE(diagnostics.items()[0].message.find("include cycle"), std::string::npos);
    EXPECT_EQ(result.assignments.size(), 2u);
}

TEST(XcconfigLoad, LimitsIncludeDepth) {
    std::map<std::string, std::string> files;
    for (int i = 0; i < 40; ++i) {
        files["f" + std::to_string(i) + ".xcconfig"] = "#include \"f" + std::to_string(i + 1) + ".xcconfig\"\n";
    }
    util::Diagnostics diagnostics;
    load_xcconfig("f0.xcconfig", memory_reader(files), diagnostics);
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].location.str(), "f31.xcconfig:1:1");
    EXPECT_NE(diagnostics.items()[0].message.find("deeper than 32"), std::string::npos);
}

TEST(XcconfigLoad, MissingTopLevelFileIsNotFound) {
    util::Diagnostics diagnostics;
    XcconfigResult result = load_xcconfig("nope.xcconfig", memory_reader({}), diagnostics);
    EXPECT_FALSE(result.found);
    EXPECT_TRUE(diagnostics.empty());
}

} // namespace
} // namespace axg::load
