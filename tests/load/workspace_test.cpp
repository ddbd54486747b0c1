// Xcode workspaces from strings: FileRef locations of every kind, nested groups, malformed XML.

#include <gtest/gtest.h>

#include "load/xcode/workspace.hpp"
#include "support/temp_dir.hpp"

namespace axg::load {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> projects(const Workspace& w) {
    std::vector<std::string> out;
    for (const fs::path& p : w.projects) {
        out.push_back(p.generic_string());
    }
    return out;
}

TEST(Workspace, ResolvesEveryLocationKind) {
    util::Diagnostics diagnostics;
    std::optional<Workspace> w = parse_workspace(R"(<?xml version="1.0" encoding="UTF-8"?>
<Workspace version = "1.0">
   <FileRef location = "group:App.xcodeproj"></FileRef>
   <FileRef location = "container:Libs/Core/Core.xcodeproj"></FileRef>
   <FileRef location = "absolute:/opt/shared/Shared.xcodeproj"></FileRef>
   <FileRef location = "group:Pods/Pods.xcodeproj"></FileRef>
   <FileRef location = "group:README.md"></FileRef>
   <FileRef location = "developer:Applications/Tool.xcodeproj"></FileRef>
   <Group location = "container:apps" name = "Apps">
      <FileRef location = "group:ios/iOS.xcodeproj"></FileRef>
      <Group location = "group:mac" name = "Mac">
         <FileRef location = "group:macOS.xcodeproj"></FileRef>
      </Group>
      <FileRef location = "container:Top.xcodeproj"></FileRef>
   </Group>
   <FileRef location = "group:App.xcodeproj"></FileRef>
</Workspace>
)",
                                                 "repo/Repo.xcworkspace", diagnostics);
    ASSERT_TRUE(w) << diagnostics.items()[0].str();
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_EQ(projects(*w), (std::vector<std::string>{"repo/App.xcodeproj", "repo/Libs/Core/Core.xcodeproj",
                                                      "/opt/shared/Shared.xcodeproj", "repo/Pods/Pods.xcodeproj",
                                                      "repo/apps/ios/iOS.xcodeproj", "repo/apps/mac/macOS.xcodeproj",
                                                      "repo/Top.xcodeproj"}));
}

TEST(Workspace, SelfIsTheProjectHoldingAnEmbeddedWorkspace) {
    util::Diagnostics diagnostics;
    std::optional<Workspace> w =
        parse_workspace(R"(<Workspace version = "1.0"><FileRef location = "self:"></FileRef></Workspace>)",
                        "repo/App.xcodeproj/project.xcworkspace", diagnostics);
    ASSERT_TRUE(w);
    EXPECT_EQ(projects(*w), std::vector<std::string>{"repo/App.xcodeproj"});
}

TEST(Workspace, MalformedXmlIsALocatedError) {
    util::Diagnostics diagnostics;
    EXPECT_FALSE(parse_workspace("<Workspace>\n  <FileRef location = \"group:A.xcodeproj\">\n</Workspace>",
                                 "r/W.xcworkspace", diagnostics));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].location.file, "r/W.xcworkspace/contents.xcworkspacedata");
    EXPECT_EQ(diagnostics.items()[0].location.line, 3u);
    diagnostics = {};
    EXPECT_FALSE(parse_workspace("<plist/>", "r/W.xcworkspace", diagnostics));
    EXPECT_NE(diagnostics.items()[0].message.find("not a workspace"), std::string::npos);
}

TEST(Workspace, LoadsFromDisk) {
    test::TempDir tmp;
    tmp.write("W.xcworkspace/contents.xcworkspacedata",
              R"(<Workspace version = "1.0"><FileRef location = "group:A/A.xcodeproj"></FileRef></Workspace>)");
    util::Diagnostics diagnostics;
    std::optional<Workspace> w = load_workspace(tmp.path() / "W.xcworkspace", diagnostics);
    ASSERT_TRUE(w);
    EXPECT_EQ(w->projects, std::vector<fs::path>{tmp.path() / "A/A.xcodeproj"});
    EXPECT_FALSE(load_workspace(tmp.path() / "Missing.xcworkspace", diagnostics));
    EXPECT_FALSE(diagnostics.empty());
}

} // namespace
} // namespace axg::load
