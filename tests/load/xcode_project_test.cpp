// The unified project view, from strings and on the real projects in ../shared/corpora.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "load/xcode/pbx_objects.hpp"
#include "load/xcode/project_discovery.hpp"
#include "load/xcode/xcode_project.hpp"
#include "support/paths.hpp"

namespace axg::load {
namespace {

// A small project in the objectVersion 77 style: group tree, both baseConfigurationReference forms,
// project-level configurations and an "Embed Foundation Extensions" phase.
const char* const k_project = R"pbx(// !$*UTF8*$!
{
	archiveVersion = 1;
	objectVersion = 77;
	objects = {
		MAIN = {isa = PBXGroup; children = (CFG, SYNC, ); sourceTree = "<group>"; };
		CFG = {isa = PBXGroup; children = (APPXC, ); path = Config; sourceTree = "<group>"; };
		APPXC /* App.xcconfig */ = {isa = PBXFileReference; path = App.xcconfig; sourceTree = "<group>"; };
		PROJXC = {isa = PBXFileReference; path = Config/Project.xcconfig; sourceTree = SOURCE_ROOT; };
		SYNC /* xcconfig */ = {isa = PBXFileSystemSynchronizedRootGroup; path = xcconfig; sourceTree = "<group>"; };
		APPEX = {isa = PBXFileReference; explicitFileType = "wrapper.app-extension"; path = Share.appex; sourceTree = BUILT_PRODUCTS_DIR; };
		APPPROD = {isa = PBXFileReference; path = App.app; sourceTree = BUILT_PRODUCTS_DIR; };
		BF1 = {isa = PBXBuildFile; fileRef = APPEX; };
		EMBED /* Embed Foundation Extensions */ = {isa = PBXCopyFilesBuildPhase; dstPath = ""; dstSubfolderSpec = 13; files = (BF1, ); name = "Embed Foundation Extensions"; };
		DEP = {isa = PBXTargetDependency; target = SHARE; };
		APP = {isa = PBXNativeTarget; buildConfigurationList = APPLIST; buildPhases = (EMBED, ); dependencies = (DEP, ); name = App; productReference = APPPROD; productType = "com.apple.product-type.application"; };
		SHARE = {isa = PBXNativeTarget; buildConfigurationList = SHARELIST; buildPhases = ( ); dependencies = ( ); name = Share; productReference = APPEX; productType = "com.apple.product-type.app-extension"; };
		PROJ = {isa = PBXProject; buildConfigurationList = PROJLIST; mainGroup = MAIN; projectDirPath = ""; targets = (APP, SHARE, ); };
		PROJLIST = {isa = XCConfigurationList; buildConfigurations = (PD, PR, ); };
		PD = {isa = XCBuildConfiguration; baseConfigurationReference = PROJXC; buildSettings = { FLAGS = "$(inherited) -project"; "TEAM[sdk=iphoneos*]" = PTEAM; }; name = Debug; };
		PR = {isa = XCBuildConfiguration; buildSettings = { TEAM = RTEAM; }; name = Release; };
		APPLIST = {isa = XCConfigurationList; buildConfigurations = (AD, AR, ); };
		AD = {isa = XCBuildConfiguration; baseConfigurationReference = APPXC; buildSettings = { CODE_SIGN_ENTITLEMENTS = "$(SRCROOT)/App/App$(SUFFIX).entitlements"; FLAGS = ("$(inherited)", "-app", ); }; name = Debug; };
		AR = {isa = XCBuildConfiguration; buildSettings = { CODE_SIGN_ENTITLEMENTS = App/App.entitlements; }; name = Release; };
		SHARELIST = {isa = XCConfigurationList; buildConfigurations = (SD, SR, ); };
		SD = {isa = XCBuildConfiguration; baseConfigurationReferenceAnchor = SYNC; baseConfigurationReferenceRelativePath = Share.xcconfig; buildSettings = { }; name = Debug; };
		SR = {isa = XCBuildConfiguration; baseConfigurationReferenceAnchor = SYNC; baseConfigurationReferenceRelativePath = Share.xcconfig; buildSettings = { }; name = Release; };
	};
	rootObject = PROJ;
}
)pbx";

FileReader project_files() {
    return memory_reader({
        {"w/App.xcodeproj/project.pbxproj", k_project},
        {"w/Config/Project.xcconfig", "FLAGS = -xcproject\nTEAM = XTEAM\n"},
        {"w/Config/App.xcconfig", "FLAGS = $(inherited) -xcapp\nSUFFIX = -dev\n"},
        {"w/xcconfig/Share.xcconfig", "CODE_SIGN_ENTITLEMENTS = Share/Share.entitlements\n"
                                      "PRODUCT_BUNDLE_IDENTIFIER = $(ORG).$(PRODUCT_NAME:lower)\nORG = com.example\n"},
    });
}

TEST(XcodeProjectPbx, ReadsTargetsAndBaseConfigurations) {
    util::Diagnostics diagnostics;
    std::optional<PbxProject> project = load_pbx_project(k_project, "App.pbxproj", diagnostics);
    ASSERT_TRUE(project);
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_EQ(project->object_version, 77);
    ASSERT_EQ(project->targets.size(), 2u);
    EXPECT_EQ(project->targets[0].embedded, std::vector<std::string>{"Share"});
    EXPECT_EQ(project->targets[0].dependencies, std::vector<std::string>{"Share"});
    EXPECT_EQ(project->configurations[0].base_configuration, "Config/Project.xcconfig");
    EXPECT_EQ(project->targets[0].configurations[0].base_configuration, "Config/App.xcconfig");
    EXPECT_EQ(project->targets[1].configurations[0].base_configuration, "xcconfig/Share.xcconfig");
    EXPECT_EQ(project->targets[0].configurations[1].base_configuration, std::nullopt);
}

TEST(XcodeProjectPbx, ReportsDanglingReferences) {
    util::Diagnostics diagnostics;
    std::optional<PbxProject> project = load_pbx_project(
        "{ objects = { P = {isa = PBXProject; buildConfigurationList = L; targets = (T, ); }; "
        "L = {isa = XCConfigurationList; buildConfigurations = (\n  MISSING, ); }; }; rootObject = P; }",
        "d.pbxproj", diagnostics);
    ASSERT_TRUE(project);
    ASSERT_EQ(diagnostics.size(), 2u);
    std::vector<util::Diagnostic> sorted = diagnostics.sorted();
    EXPECT_EQ(sorted[0].location.str(), "d.pbxproj:1:77");
    EXPECT_EQ(sorted[1].location.str(), "d.pbxproj:2:3");
    EXPECT_NE(sorted[1].message.find("dangling reference"), std::string::npos);
}

TEST(XcodeProjectUnified, LayersSettingsInXcodeOrder) {
    util::Diagnostics diagnostics;
    std::optional<XcodeProject> project = load_xcode_project("w/App.xcodeproj", diagnostics, project_files());
    ASSERT_TRUE(project);
    EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].str();
    EXPECT_TRUE(project->warnings.empty());
    EXPECT_EQ(project->source_root.generic_string(), "w");
    EXPECT_EQ(project->name, "App");
    EXPECT_EQ(project->configurations, (std::vector<std::string>{"Debug", "Release"}));
    const XcodeTarget* app = project->find_target("App");
    ASSERT_NE(app, nullptr);
    EXPECT_TRUE(app->is_app());
    EXPECT_FALSE(app->is_extension());
    EXPECT_EQ(app->embedded, std::vector<std::string>{"Share"});
    // project xcconfig -> project settings -> target xcconfig -> target settings
    EXPECT_EQ(app->setting("Debug", "FLAGS"), "-xcproject -project -xcapp -app");
    EXPECT_EQ(app->setting("Debug", "TEAM"), "PTEAM"); // [sdk=iphoneos*] beats Project.xcconfig
    EXPECT_EQ(app->setting("Release", "TEAM"), "RTEAM");
    EXPECT_EQ(app->code_sign_entitlements("Debug"), "w/App/App-dev.entitlements");
    EXPECT_EQ(project->resolve_path(app->code_sign_entitlements("Release"))->generic_string(),
              "w/App/App.entitlements");
    EXPECT_EQ(app->setting("Nope", "FLAGS"), "");
    const XcodeTarget* share = project->find_target("Share");
    ASSERT_NE(share, nullptr);
    EXPECT_TRUE(share->is_extension());
    EXPECT_EQ(share->code_sign_entitlements("Release"), "Share/Share.entitlements");
    EXPECT_EQ(share->product_bundle_identifier("Debug"), "com.example.share");
    EXPECT_EQ(share->setting("Debug", "TEAM"), "PTEAM"); // inherited from the project level
}

TEST(XcodeProjectUnified, MissingConfigurationFilesAreWarnings) {
    util::Diagnostics diagnostics;
    FileReader reader = memory_reader({{"w/App.xcodeproj/project.pbxproj", k_project}});
    std::optional<XcodeProject> project = load_xcode_project("w/App.xcodeproj/project.pbxproj", diagnostics, reader);
    ASSERT_TRUE(project);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_EQ(project->warnings.size(), 3u);
    EXPECT_NE(project->warnings[0].message.find("not found"), std::string::npos);
    EXPECT_GT(project->warnings[0].location.line, 0u);
}

TEST(XcodeProjectUnified, XcodeGenEmbedsExtensionsOfApplications) {
    FileReader reader = memory_reader({
        {"g/project.yml", "name: G\nconfigFiles:\n  Debug: Project.xcconfig\n"
                          "settings:\n  configs:\n    Debug:\n      B: proj-$(A)\n"
                          "targets:\n"
                          "  App:\n    type: application\n    platform: iOS\n"
                          "    configFiles:\n      Debug: App/App.xcconfig\n"
                          "    settings:\n      base:\n        B: $(inherited)+app\n"
                          "    dependencies:\n      - target: Ext\n      - target: Off\n        embed: false\n"
                          "      - target: Lib\n"
                          "  Ext:\n    type: app-extension\n    platform: iOS\n"
                          "  Off:\n    type: app-extension\n    platform: iOS\n"
                          "  Lib:\n    type: framework\n    platform: iOS\n"
                          "    dependencies:\n      - target: Ext\n"},
        {"g/Project.xcconfig", "A = a\n"},
        {"g/App/App.xcconfig", "CODE_SIGN_ENTITLEMENTS = App/App.entitlements\nB = $(inherited)+xc\n"},
    });
    util::Diagnostics diagnostics;
    std::optional<XcodeProject> project = load_xcode_project("g/project.yml", diagnostics, reader);
    ASSERT_TRUE(project);
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_EQ(project->kind, XcodeProjectKind::XcodeGen);
    const XcodeTarget* app = project->find_target("App");
    ASSERT_NE(app, nullptr);
    EXPECT_EQ(app->embedded, std::vector<std::string>{"Ext"});
    EXPECT_TRUE(project->find_target("Lib")->embedded.empty()); // not an application: no default embedding
    EXPECT_EQ(app->setting("Debug", "B"), "proj-a+xc+app");
    EXPECT_EQ(app->code_sign_entitlements("Debug"), "App/App.entitlements");
    EXPECT_EQ(app->code_sign_entitlements("Release"), "");
}

// Embeddings of every kind, a Mac Catalyst app with an SDK-conditional entitlements file, a multiplatform target
// and a macOS one.
const char* const k_embedding_project = R"pbx(// !$*UTF8*$!
{
	objectVersion = 77;
	objects = {
		APPP = {isa = PBXFileReference; path = App.app; sourceTree = BUILT_PRODUCTS_DIR; };
		SHAREP = {isa = PBXFileReference; path = Share.appex; sourceTree = BUILT_PRODUCTS_DIR; };
		KITP = {isa = PBXFileReference; path = Kit.appex; sourceTree = BUILT_PRODUCTS_DIR; };
		ODDP = {isa = PBXFileReference; path = Odd.appex; sourceTree = BUILT_PRODUCTS_DIR; };
		SCRIPTEDP = {isa = PBXFileReference; path = "Scripted Ext.appex"; sourceTree = BUILT_PRODUCTS_DIR; };
		BAREP = {isa = PBXFileReference; path = Bare.appex; sourceTree = BUILT_PRODUCTS_DIR; };
		CLIPP = {isa = PBXFileReference; path = Clip.app; sourceTree = BUILT_PRODUCTS_DIR; };
		WATCHP = {isa = PBXFileReference; path = Watch.app; sourceTree = BUILT_PRODUCTS_DIR; };
		LIBP = {isa = PBXFileReference; path = Lib.framework; sourceTree = BUILT_PRODUCTS_DIR; };
		B1 = {isa = PBXBuildFile; fileRef = SHAREP; };
		B2 = {isa = PBXBuildFile; fileRef = KITP; };
		B3 = {isa = PBXBuildFile; fileRef = ODDP; };
		B4 = {isa = PBXBuildFile; fileRef = CLIPP; };
		B5 = {isa = PBXBuildFile; fileRef = WATCHP; };
		B6 = {isa = PBXBuildFile; fileRef = LIBP; };
		PLUGINS = {isa = PBXCopyFilesBuildPhase; dstPath = ""; dstSubfolderSpec = 13; files = (B1, B6, ); name = "Embed Foundation Extensions"; };
		KIT = {isa = PBXCopyFilesBuildPhase; dstPath = "$(EXTENSIONS_FOLDER_PATH)"; dstSubfolderSpec = 16; files = (B2, ); name = "Embed ExtensionKit Extensions"; };
		ODD = {isa = PBXCopyFilesBuildPhase; dstPath = PlugIns/Extra; dstSubfolderSpec = 1; files = (B3, ); name = "Copy Odd"; };
		CLIPS = {isa = PBXCopyFilesBuildPhase; dstPath = "$(CONTENTS_FOLDER_PATH)/AppClips"; dstSubfolderSpec = 16; files = (B4, ); name = "Embed App Clips"; };
		WATCH = {isa = PBXCopyFilesBuildPhase; dstPath = "$(CONTENTS_FOLDER_PATH)/Watch"; dstSubfolderSpec = 16; files = (B5, ); name = "Embed Watch Content"; };
		SCRIPT = {isa = PBXShellScriptBuildPhase; name = "Copy extensions"; shellScript = "cp -R \"${BUILT_PRODUCTS_DIR}/Scripted Ext.appex\" \"${TARGET_BUILD_DIR}/${PLUGINS_FOLDER_PATH}/\"\n"; };
		D1 = {isa = PBXTargetDependency; target = SCRIPTED; };
		D2 = {isa = PBXTargetDependency; target = BARE; };
		D3 = {isa = PBXTargetDependency; target = SHARE; };
		APP = {isa = PBXNativeTarget; buildConfigurationList = APPL; buildPhases = (PLUGINS, KIT, ODD, CLIPS, WATCH, SCRIPT, ); dependencies = (D1, D2, D3, ); name = App; productReference = APPP; productType = "com.apple.product-type.application"; };
		SHARE = {isa = PBXNativeTarget; buildConfigurationList = EL; buildPhases = ( ); name = Share; productReference = SHAREP; productType = "com.apple.product-type.app-extension"; };
		KITT = {isa = PBXNativeTarget; buildConfigurationList = EL; buildPhases = ( ); name = Kit; productReference = KITP; productType = "com.apple.product-type.extensionkit-extension"; };
		ODDT = {isa = PBXNativeTarget; buildConfigurationList = EL; buildPhases = ( ); name = Odd; productReference = ODDP; productType = "com.apple.product-type.app-extension"; };
		SCRIPTED = {isa = PBXNativeTarget; buildConfigurationList = EL; buildPhases = ( ); name = Scripted; productReference = SCRIPTEDP; productType = "com.apple.product-type.app-extension"; };
		BARE = {isa = PBXNativeTarget; buildConfigurationList = EL; buildPhases = ( ); name = Bare; productReference = BAREP; productType = "com.apple.product-type.app-extension"; };
		CLIP = {isa = PBXNativeTarget; buildConfigurationList = EL; buildPhases = ( ); name = Clip; productReference = CLIPP; productType = "com.apple.product-type.application.on-demand-install-capable"; };
		WATCHT = {isa = PBXNativeTarget; buildConfigurationList = WL; buildPhases = ( ); name = Watch; productReference = WATCHP; productType = "com.apple.product-type.application"; };
		LIB = {isa = PBXNativeTarget; buildConfigurationList = EL; buildPhases = ( ); name = Lib; productReference = LIBP; productType = "com.apple.product-type.framework"; };
		MULTI = {isa = PBXNativeTarget; buildConfigurationList = ML; buildPhases = ( ); name = Multi; productType = "com.apple.product-type.application"; };
		MAC = {isa = PBXNativeTarget; buildConfigurationList = MACL; buildPhases = ( ); name = Mac; productType = "com.apple.product-type.application"; };
		PROJ = {isa = PBXProject; buildConfigurationList = PL; targets = (APP, SHARE, KITT, ODDT, SCRIPTED, BARE, CLIP, WATCHT, LIB, MULTI, MAC, ); };
		PL = {isa = XCConfigurationList; buildConfigurations = (PR, ); };
		PR = {isa = XCBuildConfiguration; buildSettings = { SDKROOT = iphoneos; }; name = Release; };
		APPL = {isa = XCConfigurationList; buildConfigurations = (AR, ); };
		AR = {isa = XCBuildConfiguration; buildSettings = { CODE_SIGN_ENTITLEMENTS = App/App.entitlements; "CODE_SIGN_ENTITLEMENTS[sdk=macosx*]" = "App/App-$(PLATFORM_SUFFIX).entitlements"; PLATFORM_SUFFIX = macOS; SUPPORTS_MACCATALYST = YES; }; name = Release; };
		EL = {isa = XCConfigurationList; buildConfigurations = (ER, ); };
		ER = {isa = XCBuildConfiguration; buildSettings = { }; name = Release; };
		WL = {isa = XCConfigurationList; buildConfigurations = (WR, ); };
		WR = {isa = XCBuildConfiguration; buildSettings = { SDKROOT = watchos; }; name = Release; };
		ML = {isa = XCConfigurationList; buildConfigurations = (MR, ); };
		MR = {isa = XCBuildConfiguration; buildSettings = { SDKROOT = auto; SUPPORTED_PLATFORMS = "iphoneos iphonesimulator xros xrsimulator"; X = ios; "X[sdk=macosx*]" = mac; "X[sdk=xros*]" = vision; }; name = Release; };
		MACL = {isa = XCConfigurationList; buildConfigurations = (MACR, ); };
		MACR = {isa = XCBuildConfiguration; buildSettings = { SDKROOT = macosx; X = ios; "X[sdk=macosx*]" = mac; }; name = Release; };
	};
	rootObject = PROJ;
}
)pbx";

TEST(XcodeProjectPbx, RecordsHowEachTargetIsEmbedded) {
    util::Diagnostics diagnostics;
    std::optional<PbxProject> project = load_pbx_project(k_embedding_project, "E.pbxproj", diagnostics);
    ASSERT_TRUE(project);
    EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].str();
    const PbxTarget& app = project->targets[0];
    // The framework copied beside Share is not an embedding; App Clips and watch apps are recorded, not embedded.
    EXPECT_EQ(app.embedded, (std::vector<std::string>{"Share", "Kit", "Odd", "Scripted", "Bare"}));
    std::vector<std::pair<std::string, EmbedKind>> kinds;
    for (const Embedding& e : app.embeddings) {
        kinds.emplace_back(e.target, e.kind);
    }
    EXPECT_EQ(kinds, (std::vector<std::pair<std::string, EmbedKind>>{{"Share", EmbedKind::PlugIns},
                                                                     {"Kit", EmbedKind::Extensions},
                                                                     {"Odd", EmbedKind::OtherCopyPhase},
                                                                     {"Clip", EmbedKind::AppClip},
                                                                     {"Watch", EmbedKind::Watch},
                                                                     {"Scripted", EmbedKind::ScriptPhase},
                                                                     {"Bare", EmbedKind::DependencyOnly}}));
    EXPECT_EQ(app.embeddings[2].detail, "\"Copy Odd\" to PlugIns/Extra");
    EXPECT_EQ(app.embeddings[5].detail, "\"Copy extensions\"");
    EXPECT_EQ(describe_embedding(app.embeddings[5], "App"),
              "Scripted is a dependency of App copied by a script phase (\"Copy extensions\")");
    EXPECT_TRUE(is_unusual(EmbedKind::DependencyOnly));
    EXPECT_FALSE(is_unusual(EmbedKind::PlugIns));
    EXPECT_FALSE(embeds_extension(EmbedKind::AppClip));
}

TEST(XcodeProjectUnified, OnePredicateForIosAndSettingsResolvedForTheIosDevice) {
    util::Diagnostics diagnostics;
    std::optional<XcodeProject> project = load_xcode_project(
        "e/E.xcodeproj", diagnostics, memory_reader({{"e/E.xcodeproj/project.pbxproj", k_embedding_project}}));
    ASSERT_TRUE(project);
    const XcodeTarget* app = project->find_target("App");
    EXPECT_TRUE(app->builds_for_ios());
    EXPECT_FALSE(app->is_app_clip());
    EXPECT_TRUE(project->find_target("Clip")->is_app_clip());
    // The iOS build signs with the unconditional file; the Catalyst build with the [sdk=macosx*] one: both count.
    EXPECT_EQ(app->code_sign_entitlements("Release"), "App/App.entitlements");
    EXPECT_EQ(app->all_entitlements_values,
              (std::vector<std::string>{"App/App-macOS.entitlements", "App/App.entitlements"}));
    const XcodeTarget* multi = project->find_target("Multi");
    EXPECT_TRUE(multi->builds_for_ios());
    EXPECT_EQ(multi->setting("Release", "X"), "ios"); // [sdk=macosx*] and [sdk=xros*] stay out of the iOS build
    const XcodeTarget* mac = project->find_target("Mac");
    EXPECT_FALSE(mac->builds_for_ios());
    EXPECT_EQ(mac->setting("Release", "X"), "mac");
    EXPECT_FALSE(project->find_target("Watch")->builds_for_ios());
    EXPECT_TRUE(project->find_target("Share")->builds_for_ios()); // SDKROOT iphoneos from the project level
}

TEST(XcodeProjectUnified, SettingsPredicate) {
    EXPECT_TRUE(settings_build_for_ios({}));
    EXPECT_TRUE(settings_build_for_ios({{"SDKROOT", "iphoneos"}}));
    EXPECT_TRUE(settings_build_for_ios({{"SDKROOT", "$(PLATFORM)"}, {"PLATFORM", "iphoneos17.0"}}));
    EXPECT_TRUE(settings_build_for_ios({{"SDKROOT", "auto"}, {"SUPPORTED_PLATFORMS", "xros iphoneos"}}));
    EXPECT_TRUE(settings_build_for_ios({{"SDKROOT", "macosx"}, {"SUPPORTS_MACCATALYST", "YES"}}));
    EXPECT_TRUE(settings_build_for_ios({{"SDKROOT", "macosx"}, {"SUPPORTED_PLATFORMS", "macosx iphoneos"}}));
    EXPECT_FALSE(settings_build_for_ios({{"SDKROOT", "macosx"}}));
    EXPECT_FALSE(settings_build_for_ios({{"SDKROOT", "watchos"}}));
    EXPECT_FALSE(settings_build_for_ios({{"SDKROOT", "auto"}, {"SUPPORTED_PLATFORMS", "macosx"}}));
    EXPECT_FALSE(settings_build_for_ios({{"SUPPORTED_PLATFORMS", "appletvos appletvsimulator"}}));
}

TEST(XcodeProjectUnified, RejectsOtherFiles) {
    util::Diagnostics diagnostics;
    EXPECT_FALSE(load_xcode_project("w/readme.txt", diagnostics, memory_reader({})));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_FALSE(load_xcode_project("w/X.xcodeproj", diagnostics, memory_reader({})));
    EXPECT_EQ(diagnostics.size(), 2u);
}

// ---- the real projects in ../shared/corpora (read in place, never copied) ----

class XcodeProjectCorpora : public ::testing::Test {
protected:
    void SetUp() override {
        std::optional<std::filesystem::path> dir = test::corpora_dir();
        if (!dir) {
            GTEST_SKIP() << "../shared/corpora is absent";
        }
        m_corpora = std::filesystem::absolute(*dir).lexically_normal();
    }

    XcodeProject load(const std::string& relative) {
        util::Diagnostics diagnostics;
        std::optional<XcodeProject> project = load_xcode_project(m_corpora / relative, diagnostics);
        EXPECT_TRUE(diagnostics.empty()) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
        EXPECT_TRUE(project.has_value());
        return project.value_or(XcodeProject{});
    }

    // CODE_SIGN_ENTITLEMENTS resolved to a path relative to the project's source root.
    static std::string entitlements(const XcodeProject& project, std::string_view target, std::string_view config) {
        const XcodeTarget* found = project.find_target(target);
        if (found == nullptr) {
            return "<no target>";
        }
        std::optional<std::filesystem::path> path = project.resolve_path(found->code_sign_entitlements(config));
        return path ? path->lexically_relative(project.source_root).generic_string() : "";
    }

    std::filesystem::path m_corpora;
};

// Every project.pbxproj the oracle lists is found and loads; XcodeGen-only repositories (no oracle file) yield a
// spec that loads. Data-driven over whatever corpora exist.
TEST_F(XcodeProjectCorpora, FindsEveryCorpusProject) {
    std::filesystem::path oracle_dir = m_corpora.parent_path() / "corpora-oracle";
    std::size_t repos = 0;
    for (const auto& entry : std::filesystem::directory_iterator(m_corpora)) {
        if (!entry.is_directory()) {
            continue;
        }
        ++repos;
        std::filesystem::path repo = entry.path();
        std::set<std::string> found;
        for (const std::filesystem::path& path : find_project_files(repo).projects) {
            found.insert(path.lexically_relative(repo).generic_string());
            util::Diagnostics diagnostics;
            EXPECT_TRUE(load_xcode_project(path, diagnostics).has_value()) << path;
        }
        std::ifstream oracle_file(oracle_dir / (repo.filename().string() + ".json"));
        if (!oracle_file) {
            EXPECT_TRUE(std::any_of(found.begin(), found.end(),
                                    [](const std::string& p) { return p.ends_with(".yml") || p.ends_with(".yaml"); }))
                << repo << " has no pbxproj oracle, so it should have an XcodeGen spec";
            continue;
        }
        nlohmann::json oracle = nlohmann::json::parse(oracle_file);
        for (const auto& [path, project] : oracle.items()) {
            EXPECT_TRUE(found.count(path)) << repo.filename() << ": " << path;
        }
    }
    EXPECT_GT(repos, 0u);
}

TEST_F(XcodeProjectCorpora, Brave) {
    XcodeProject project = load("brave__brave-ios/App/Client.xcodeproj");
    EXPECT_EQ(project.source_root, m_corpora / "brave__brave-ios/App");
    EXPECT_EQ(project.configurations, (std::vector<std::string>{"Debug", "Debug (AppStore)", "Dev", "Enterprise",
                                                                "Release (AppStore)", "Release", "Beta"}));
    std::vector<std::string> names;
    for (const XcodeTarget& target : project.targets) {
        names.push_back(target.name);
        EXPECT_EQ(target.product_type, target.name == "Client" ? "com.apple.product-type.application"
                                                               : "com.apple.product-type.app-extension");
        EXPECT_EQ(target.settings.size(), 7u) << target.name;
    }
    // In the order of PBXProject.targets.
    EXPECT_EQ(names, (std::vector<std::string>{"Client", "ShareExtension", "ActionExtension", "BrowserIntents",
                                               "BraveWidgetsExtension", "BraveWireGuard"}));
    const XcodeTarget* client = project.find_target("Client");
    ASSERT_NE(client, nullptr);
    EXPECT_TRUE(client->is_app());
    EXPECT_EQ(client->embedded, (std::vector<std::string>{"BraveWidgetsExtension", "ShareExtension", "BraveWireGuard",
                                                          "ActionExtension", "BrowserIntents"}));
    const std::pair<const char*, const char*> client_files[] = {
        {"Debug", "Debug"},
        {"Debug (AppStore)", "Debug (AppStore)"},
        {"Dev", "Dev"},
        {"Enterprise", "Enterprise"},
        {"Release (AppStore)", "Release (AppStore)"},
        {"Release", "Release"},
        {"Beta", "Beta"},
    };
    for (const auto& [config, file] : client_files) {
        EXPECT_EQ(entitlements(project, "Client", config), std::string("iOS/Entitlements/") + file + ".entitlements");
    }
    const std::string intents = "BrowserIntents/Entitlements/";
    EXPECT_EQ(entitlements(project, "BrowserIntents", "Beta"), intents + "BrowserIntentsBeta.entitlements");
    EXPECT_EQ(entitlements(project, "BrowserIntents", "Dev"), intents + "BrowserIntents.entitlements");
    EXPECT_EQ(entitlements(project, "BrowserIntents", "Release (AppStore)"),
              intents + "BrowserIntentsRelease (AppStore).entitlements");
    const std::string widgets = "BraveWidgets/Entitlements/";
    EXPECT_EQ(entitlements(project, "BraveWidgetsExtension", "Beta"), widgets + "WidgetBeta.entitlements");
    EXPECT_EQ(entitlements(project, "BraveWidgetsExtension", "Enterprise"), widgets + "WidgetEnterprise.entitlements");
    const std::string wireguard = "BraveWireGuard/Entitlements/";
    EXPECT_EQ(entitlements(project, "BraveWireGuard", "Beta"), wireguard + "BraveWireGuardBeta.entitlements");
    EXPECT_EQ(entitlements(project, "BraveWireGuard", "Debug"), wireguard + "BraveWireGuardDebug.entitlements");
    EXPECT_EQ(entitlements(project, "ShareExtension", "Beta"), "");
    EXPECT_EQ(entitlements(project, "ActionExtension", "Release"), "");
    // Values from App/Configuration/*.xcconfig (the Local/ includes are not in the corpus: warnings only).
    EXPECT_EQ(client->product_bundle_identifier("Beta"), "com.brave.ios.browser.beta");
    EXPECT_EQ(project.find_target("BrowserIntents")->product_bundle_identifier("Release"),
              "com.brave.ios.browser.BrowserIntents");
    EXPECT_EQ(client->development_team("Enterprise"), "L6556KQ6XT");
    EXPECT_EQ(client->info_plist_file("Beta"), "iOS/Supporting Files/Info.plist");
    EXPECT_FALSE(project.warnings.empty());
}

TEST_F(XcodeProjectCorpora, ProtonPass) {
    XcodeProject project = load("protonpass__ios-pass/ProtonPass.xcodeproj/project.pbxproj");
    EXPECT_EQ(project.configurations, (std::vector<std::string>{"Debug-QA", "Release-QA", "Release", "Release-Beta"}));
    const XcodeTarget* ios = project.find_target("iOS");
    ASSERT_NE(ios, nullptr);
    EXPECT_TRUE(ios->is_app());
    EXPECT_EQ(ios->embedded, (std::vector<std::string>{"Action", "Share", "AutoFill"}));
    for (const char* name : {"AutoFill", "Share", "Action"}) {
        ASSERT_NE(project.find_target(name), nullptr) << name;
        EXPECT_EQ(project.find_target(name)->product_type, "com.apple.product-type.app-extension");
    }
    EXPECT_EQ(entitlements(project, "iOS", "Debug-QA"), "iOS/App/iOSDebug-Black.entitlements");
    for (const char* config : {"Release-QA", "Release", "Release-Beta"}) {
        EXPECT_EQ(entitlements(project, "iOS", config), "iOS/App/iOS.entitlements") << config;
    }
    for (const char* config : {"Debug-QA", "Release-QA", "Release", "Release-Beta"}) {
        EXPECT_EQ(entitlements(project, "AutoFill", config), "AutoFill/AutoFill.entitlements") << config;
        EXPECT_EQ(entitlements(project, "Share", config), "Share/Share.entitlements") << config;
        EXPECT_EQ(entitlements(project, "Action", config), "Action/Action.entitlements") << config;
    }
    EXPECT_EQ(project.find_target("AutoFill")->product_bundle_identifier("Release"), "me.proton.pass.ios.autofill");
}

TEST_F(XcodeProjectCorpora, NetNewsWire) {
    XcodeProject project = load("Ranchero-Software__NetNewsWire/NetNewsWire.xcodeproj");
    EXPECT_EQ(project.configurations, (std::vector<std::string>{"Debug", "Release"}));
    const XcodeTarget* ios = project.find_target("NetNewsWire-iOS");
    ASSERT_NE(ios, nullptr);
    EXPECT_TRUE(ios->is_app());
    EXPECT_EQ(ios->embedded,
              (std::vector<std::string>{"NetNewsWire iOS Share Extension", "NetNewsWire iOS Widget Extension"}));
    for (const char* config : {"Debug", "Release"}) {
        // From xcconfig/NetNewsWire_iOSapp_target.xcconfig, with $(DEVELOPER_ENTITLEMENTS) set empty.
        EXPECT_EQ(entitlements(project, "NetNewsWire-iOS", config), "iOS/Resources/NetNewsWire.entitlements");
        EXPECT_EQ(entitlements(project, "NetNewsWire iOS Share Extension", config),
                  "iOS/ShareExtension/NetNewsWire_iOS_ShareExtension.entitlements");
        EXPECT_EQ(entitlements(project, "NetNewsWire iOS Widget Extension", config),
                  "Widget/NetNewsWire_iOS_WidgetExtension.entitlements");
    }
    EXPECT_EQ(ios->product_bundle_identifier("Release"), "com.ranchero.NetNewsWire.iOS");
    EXPECT_EQ(ios->development_team("Debug"), "M8L2WTLA8W");
    EXPECT_EQ(ios->info_plist_file("Debug"), "iOS/Resources/Info.plist");
    const XcodeTarget* mac = project.find_target("NetNewsWire");
    ASSERT_NE(mac, nullptr);
    EXPECT_EQ(mac->embedded, (std::vector<std::string>{"NetNewsWire Share Extension", "Subscribe to Feed"}));
}

TEST_F(XcodeProjectCorpora, Element) {
    XcodeProject project = load("element-hq__element-ios/project.yml");
    EXPECT_EQ(project.kind, XcodeProjectKind::XcodeGen);
    EXPECT_EQ(project.name, "Riot");
    EXPECT_EQ(project.configurations, (std::vector<std::string>{"Debug", "Release"}));
    std::vector<std::string> names;
    for (const XcodeTarget& target : project.targets) {
        names.push_back(target.name);
    }
    // RiotShareExtension and SiriIntents are commented out of project.yml.
    EXPECT_EQ(names, (std::vector<std::string>{"BroadcastUploadExtension", "Riot", "RiotNSE"}));
    const XcodeTarget* riot = project.find_target("Riot");
    ASSERT_NE(riot, nullptr);
    EXPECT_TRUE(riot->is_app());
    EXPECT_EQ(riot->embedded, (std::vector<std::string>{"RiotNSE", "BroadcastUploadExtension"}));
    EXPECT_TRUE(project.find_target("RiotNSE")->is_extension());
    // Release.xcconfig includes Common.xcconfig, which includes Config/AppIdentifiers.xcconfig (found from SRCROOT).
    EXPECT_EQ(entitlements(project, "Riot", "Release"), "Riot/SupportingFiles/Riot.entitlements");
    EXPECT_EQ(entitlements(project, "RiotNSE", "Release"), "RiotNSE/RiotNSE.entitlements");
    EXPECT_EQ(riot->product_bundle_identifier("Release"), "im.vector.app");
    EXPECT_EQ(project.find_target("RiotNSE")->product_bundle_identifier("Release"), "im.vector.app.nse");
    EXPECT_EQ(riot->development_team("Release"), "7J4U792NQT");
    // Debug.xcconfig files and the CocoaPods includes are not in the corpus: warnings, not errors.
    EXPECT_FALSE(project.warnings.empty());
    // The Common.xcconfig files map every extension to its entitlements, including the disabled ones.
    const std::pair<const char*, const char*> common[] = {
        {"BroadcastUploadExtension", "BroadcastUploadExtension/SupportingFiles/BroadcastUploadExtension.entitlements"},
        {"RiotShareExtension", "RiotShareExtension/SupportingFiles/RiotShareExtension.entitlements"},
        {"SiriIntents", "SiriIntents/SiriIntents.entitlements"},
        {"Riot", "Riot/SupportingFiles/Riot.entitlements"},
        {"RiotNSE", "RiotNSE/RiotNSE.entitlements"},
    };
    for (const auto& [dir, expected] : common) {
        util::Diagnostics diagnostics;
        std::filesystem::path root = m_corpora / "element-hq__element-ios";
        XcconfigResult result = load_xcconfig(root / dir / "Common.xcconfig", disk_reader(), diagnostics, {root});
        EXPECT_TRUE(diagnostics.empty());
        EXPECT_TRUE(result.missing.empty()) << dir;
        EXPECT_EQ(resolve_xcconfig_setting(result.assignments, "CODE_SIGN_ENTITLEMENTS", {"Release"}), expected);
        EXPECT_EQ(resolve_xcconfig_setting(result.assignments, "APPLICATION_GROUP_IDENTIFIER", {"Release"}),
                  "group.im.vector");
    }
}

} // namespace
} // namespace axg::load
