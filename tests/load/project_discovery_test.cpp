// Which project init reads when a repository has several: candidates found in temp dirs, scored, ranked, tied;
// then every corpus of ../shared/corpora against its oracle.

#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "load/xcode/project_discovery.hpp"
#include "support/paths.hpp"
#include "support/pbxproj_builder.hpp"
#include "support/temp_dir.hpp"

namespace axg::load {
namespace {

namespace fs = std::filesystem;

std::string pbxproj(const std::string& app, const std::string& sdk, int extensions) {
    test::SimpleProject p;
    p.app = app;
    p.sdk = sdk;
    p.extensions = extensions;
    return test::simple_pbxproj(p);
}

using test::framework_pbxproj;

std::string spec(const std::string& name, const std::string& app, int extensions, const std::string& extra = "") {
    std::string out = "name: " + name + "\n" + extra + "targets:\n  " + app +
                      ":\n    type: application\n    platform: iOS\n    dependencies:\n";
    for (int i = 0; i < extensions; ++i) {
        out += "      - target: " + app + "Ext" + std::to_string(i) + "\n";
    }
    if (extensions == 0) {
        out += "      []\n";
    }
    for (int i = 0; i < extensions; ++i) {
        out += "  " + app + "Ext" + std::to_string(i) + ":\n    type: app-extension\n    platform: iOS\n";
    }
    return out;
}

std::vector<std::string> ranked(const ProjectDiscovery& d, const fs::path& root) {
    std::vector<std::string> out;
    for (const ProjectCandidate& c : d.candidates) {
        out.push_back(c.path.lexically_relative(root).generic_string());
    }
    return out;
}

TEST(ProjectFiles, FindsProjectsSpecsAndWorkspacesAndSkipsGeneratedDirectories) {
    test::TempDir tmp;
    for (const char* sub :
         {"b/B.xcodeproj", "a/A.xcodeproj", "Pods/P.xcodeproj", "build/X.xcodeproj", "node_modules/m/M.xcodeproj",
          ".git/G.xcodeproj", "DerivedData/D.xcodeproj", "Carthage/Checkouts/C.xcodeproj",
          ".build/checkouts/S.xcodeproj", "SourcePackages/checkouts/K.xcodeproj", "a/A.xcodeproj/inner/I.xcodeproj",
          "c/C.xcworkspace/W.xcodeproj", "Out/App.app/Z.xcodeproj"}) {
        tmp.write(std::string(sub) + "/project.pbxproj", "{}");
    }
    tmp.write("c/C.xcworkspace/contents.xcworkspacedata", "<Workspace/>");
    tmp.write("y/project.yml", "name: y\n");
    tmp.write("app-ios/mail-project.yml", "# spec\nname: mail\ninclude: [common.yml]\ntargets:\n  A: {}\n");
    tmp.write("app-ios/common.yml", "targets:\n  Shared: {}\n"); // no name: a fragment
    tmp.write(".github/workflows/ci.yml", "name: CI\non: push\njobs:\n  build: {}\n");
    tmp.write("docs/nested.yaml", "items:\n  name: x\n  targets: y\n"); // not at the top level
    tmp.write("Pods/project.yml", "name: p\n");
    ProjectFiles files = find_project_files(tmp.path());
    std::vector<std::string> projects;
    for (const fs::path& path : files.projects) {
        projects.push_back(path.lexically_relative(tmp.path()).generic_string());
    }
    EXPECT_EQ(projects, (std::vector<std::string>{"a/A.xcodeproj/project.pbxproj", "app-ios/mail-project.yml",
                                                  "b/B.xcodeproj/project.pbxproj", "y/project.yml"}));
    ASSERT_EQ(files.workspaces.size(), 1u);
    EXPECT_EQ(files.workspaces[0], tmp.path() / "c/C.xcworkspace");
}

TEST(ProjectFiles, SpecTestLooksAtTheTopLevelOnly) {
    EXPECT_TRUE(looks_like_xcodegen_spec("name: App\ntargets:\n  App: {}\n"));
    EXPECT_TRUE(looks_like_xcodegen_spec("\"name\": App\n\"targets\" :\n"));
    EXPECT_FALSE(looks_like_xcodegen_spec("targets:\n  App: {}\n"));
    EXPECT_FALSE(looks_like_xcodegen_spec("name: CI\njobs: {}\n"));
    EXPECT_FALSE(looks_like_xcodegen_spec("  name: x\n  targets: y\n"));
    EXPECT_FALSE(looks_like_xcodegen_spec("names: x\ntargetsX: y\n"));
}

TEST(ProjectDiscovery, PrefersTheIosAppThatEmbedsExtensions) {
    test::TempDir tmp;
    tmp.write("apps/macos/macOS.xcodeproj/project.pbxproj", pbxproj("Mac", "macosx", 3));
    tmp.write("apps/ios/iOS.xcodeproj/project.pbxproj", pbxproj("iOS", "iphoneos", 2));
    tmp.write("samples/Demo/Demo.xcodeproj/project.pbxproj", pbxproj("Demo", "iphoneos", 0));
    tmp.write("Lib/Lib.xcodeproj/project.pbxproj", framework_pbxproj());
    tmp.write("Broken/Broken.xcodeproj/project.pbxproj", "{ objects = {");
    ProjectDiscovery d = discover_projects(tmp.path());
    EXPECT_EQ(ranked(d, tmp.path()), (std::vector<std::string>{"apps/ios/iOS.xcodeproj/project.pbxproj",
                                                               "samples/Demo/Demo.xcodeproj/project.pbxproj",
                                                               "Lib/Lib.xcodeproj/project.pbxproj",
                                                               "apps/macos/macOS.xcodeproj/project.pbxproj",
                                                               "Broken/Broken.xcodeproj/project.pbxproj"}));
    EXPECT_FALSE(d.tie());
    EXPECT_EQ(d.candidates[0].tier, 2);
    EXPECT_EQ(d.candidates[0].summary(), "iOS app iOS embeds 2 app extensions");
    EXPECT_EQ(d.candidates[1].summary(), "iOS app Demo embeds no app extension");
    EXPECT_EQ(d.candidates[3].summary(), "no iOS application target (Mac is not an iOS app)");
    EXPECT_EQ(d.candidates[4].tier, -1);
    EXPECT_NE(d.candidates[4].summary().find("could not be read"), std::string::npos);
    EXPECT_EQ(d.reason(tmp.path()), "the only project whose iOS app embeds app extensions");
}

TEST(ProjectDiscovery, MoreEmbeddedExtensionsBreakATie) {
    test::TempDir tmp;
    tmp.write("app-ios/mail-project.yml", spec("mail", "Mail", 2));
    tmp.write("app-ios/calendar-project.yml", spec("calendar", "Calendar", 3));
    tmp.write("sdk/project.yml", "name: sdk\ntargets:\n  Sdk:\n    type: framework\n    platform: iOS\n");
    ProjectDiscovery d = discover_projects(tmp.path());
    EXPECT_EQ(ranked(d, tmp.path()), (std::vector<std::string>{"app-ios/calendar-project.yml",
                                                               "app-ios/mail-project.yml", "sdk/project.yml"}));
    EXPECT_FALSE(d.tie());
    EXPECT_NE(d.reason(tmp.path()).find("more app extensions (3 against 2"), std::string::npos) << d.reason(tmp.path());
}

TEST(ProjectDiscovery, EquallyGoodProjectsAreATie) {
    test::TempDir tmp;
    tmp.write("One/One.xcodeproj/project.pbxproj", pbxproj("One", "iphoneos", 1));
    tmp.write("Two/Two.xcodeproj/project.pbxproj", pbxproj("Two", "iphoneos", 1));
    ProjectDiscovery d = discover_projects(tmp.path());
    ASSERT_EQ(d.candidates.size(), 2u);
    EXPECT_TRUE(d.tie());
    EXPECT_EQ(d.reason(tmp.path()), "");
}

TEST(ProjectDiscovery, AWorkspaceBreaksATieAndTheShallowerOneWins) {
    test::TempDir tmp;
    tmp.write("One/One.xcodeproj/project.pbxproj", pbxproj("One", "iphoneos", 1));
    tmp.write("Two/Two.xcodeproj/project.pbxproj", pbxproj("Two", "iphoneos", 1));
    tmp.write("Deep/er/W.xcworkspace/contents.xcworkspacedata",
              R"(<Workspace version = "1.0"><FileRef location = "container:../../One/One.xcodeproj"/></Workspace>)");
    ProjectDiscovery d = discover_projects(tmp.path());
    ASSERT_EQ(d.candidates.size(), 2u);
    EXPECT_EQ(d.candidates[0].path, tmp.path() / "One/One.xcodeproj/project.pbxproj");
    EXPECT_EQ(d.candidates[0].workspace_depth, 3u);
    EXPECT_FALSE(d.tie());
    tmp.write("Top.xcworkspace/contents.xcworkspacedata",
              R"(<Workspace version = "1.0"><FileRef location = "group:Two/Two.xcodeproj"/></Workspace>)");
    d = discover_projects(tmp.path());
    EXPECT_EQ(d.candidates[0].path, tmp.path() / "Two/Two.xcodeproj/project.pbxproj");
    EXPECT_EQ(d.candidates[0].workspace_depth, 1u);
    EXPECT_NE(d.reason(tmp.path()).find("listed by the workspace Top.xcworkspace"), std::string::npos);
    // The tier still comes first: a workspace does not promote a project without an iOS app.
    tmp.write("Top.xcworkspace/contents.xcworkspacedata",
              R"(<Workspace version = "1.0"><FileRef location = "group:Lib/Lib.xcodeproj"/></Workspace>)");
    tmp.write("Lib/Lib.xcodeproj/project.pbxproj", framework_pbxproj());
    d = discover_projects(tmp.path());
    EXPECT_EQ(d.candidates[0].path, tmp.path() / "One/One.xcodeproj/project.pbxproj");
}

TEST(ProjectDiscovery, AGeneratedProjectBesideItsSpecIsOneCandidate) {
    test::TempDir tmp;
    tmp.write("project.yml", spec("App", "App", 1));
    tmp.write("App.xcodeproj/project.pbxproj", pbxproj("App", "iphoneos", 1));
    tmp.write("Other/Other.xcodeproj/project.pbxproj", pbxproj("Other", "iphoneos", 0));
    ProjectDiscovery d = discover_projects(tmp.path());
    ASSERT_EQ(d.candidates.size(), 2u);
    EXPECT_EQ(d.candidates[0].path, tmp.path() / "project.yml");
    EXPECT_EQ(d.candidates[0].generated, tmp.path() / "App.xcodeproj");
    ASSERT_EQ(d.notes.size(), 1u);
    EXPECT_NE(d.notes[0].find("App.xcodeproj is generated from project.yml"), std::string::npos) << d.notes[0];
    // A spec named differently is another project.
    tmp.write("project.yml", spec("Renamed", "App", 1));
    d = discover_projects(tmp.path());
    EXPECT_EQ(d.candidates.size(), 3u);
}

TEST(ProjectDiscovery, ASpecIncludedByAnotherIsNotACandidate) {
    test::TempDir tmp;
    tmp.write("ios/app.yml", "name: App\ninclude:\n  - path: extensions.yml\n" +
                                 spec("App", "App", 1).substr(std::string("name: App\n").size()));
    tmp.write("ios/extensions.yml", "name: Extensions\ntargets:\n  Extra:\n    type: app-extension\n");
    ProjectDiscovery d = discover_projects(tmp.path());
    ASSERT_EQ(d.candidates.size(), 1u);
    EXPECT_EQ(d.candidates[0].path, tmp.path() / "ios/app.yml");
    ASSERT_EQ(d.notes.size(), 1u);
    EXPECT_NE(d.notes[0].find("ios/extensions.yml is included by another XcodeGen spec"), std::string::npos);
}

// ---- every corpus: the pick is the oracle's pbxproj with the most PlugIns embeds, and never a tie -------------

TEST(ProjectDiscoveryCorpora, PicksTheProjectWhoseAppEmbedsTheMostExtensions) {
    std::optional<fs::path> corpora = test::corpora_dir();
    if (!corpora) {
        GTEST_SKIP() << "../shared/corpora is absent";
    }
    fs::path oracle_dir = corpora->parent_path() / "corpora-oracle";
    std::size_t checked = 0;
    for (const auto& entry : fs::directory_iterator(*corpora)) {
        if (!entry.is_directory()) {
            continue;
        }
        fs::path repo = fs::absolute(entry.path()).lexically_normal();
        ProjectDiscovery d = discover_projects(repo);
        ASSERT_FALSE(d.candidates.empty()) << repo;
        EXPECT_FALSE(d.tie()) << repo << ": " << d.candidates[0].path << " vs " << d.candidates[1].path;
        const ProjectCandidate& best = d.candidates[0];
        EXPECT_EQ(best.tier, 2) << repo << ": " << best.summary();
        std::ifstream oracle_file(oracle_dir / (repo.filename().string() + ".json"));
        if (!oracle_file) {
            continue; // XcodeGen only: no oracle
        }
        // The oracle's embeds are PlugIns copy phases of any target; the project with the most of them by an
        // application is the app project (its macOS sibling and samples embed fewer or none).
        nlohmann::json oracle = nlohmann::json::parse(oracle_file);
        std::string most;
        std::size_t most_embeds = 0;
        for (const auto& [path, project] : oracle.items()) {
            for (const auto& target : project["targets"]) {
                std::size_t appex = 0;
                for (const auto& embed : target["embeds"]) {
                    appex += embed.get<std::string>().ends_with(".appex") ? 1 : 0;
                }
                if (target["productType"] == "com.apple.product-type.application" && appex > most_embeds) {
                    most = path;
                    most_embeds = appex;
                }
            }
        }
        EXPECT_EQ(best.path.lexically_relative(repo).generic_string(), most) << repo;
        ++checked;
    }
    EXPECT_GT(checked, 0u);
}

} // namespace
} // namespace axg::load
