// util::find_case_insensitive and the file-system source that uses it: a path named with the wrong letter case is
// found the way a case-insensitive Mac finds it, and said so.

#include <gtest/gtest.h>

#include "load/file_source.hpp"
#include "support/temp_dir.hpp"
#include "util/paths.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

TEST(PathCase, FindsTheFileComponentByComponent) {
    TempDir tmp;
    tmp.write("Pass/Shortcuts/passShortcuts.entitlements", "x");
    auto found = util::find_case_insensitive(tmp.path() / "pass/shortcuts/PassShortcuts.entitlements");
    ASSERT_TRUE(found);
    EXPECT_EQ(*found, tmp.path() / "Pass/Shortcuts/passShortcuts.entitlements");
    // Only the last component differs.
    found = util::find_case_insensitive(tmp.path() / "Pass/Shortcuts/PASSSHORTCUTS.ENTITLEMENTS");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->filename(), "passShortcuts.entitlements");
}

TEST(PathCase, NothingWhenThePathExistsOrNothingMatches) {
    TempDir tmp;
    tmp.write("App/App.entitlements", "x");
    EXPECT_FALSE(util::find_case_insensitive(tmp.path() / "App/App.entitlements")); // exists as written
    EXPECT_FALSE(util::find_case_insensitive(tmp.path() / "App/Other.entitlements"));
    EXPECT_FALSE(util::find_case_insensitive(tmp.path() / "Nope/App.entitlements"));
    EXPECT_FALSE(util::find_case_insensitive(tmp.path() / "app/../App/X.entitlements"));
    EXPECT_FALSE(util::find_case_insensitive(""));
}

TEST(PathCase, AnExactComponentWinsOverACaseFoldedOne) {
    TempDir tmp;
    tmp.write("a/File.txt", "lower dir");
    tmp.write("A/file.txt", "upper dir");
    auto found = util::find_case_insensitive(tmp.path() / "A/FILE.txt");
    ASSERT_TRUE(found);
    EXPECT_EQ(*found, tmp.path() / "A/file.txt");
}

TEST(PathCase, FileSourceResolvesToTheFileOnDiskAndSaysSo) {
    TempDir tmp;
    tmp.write("Share/share.entitlements", "x");
    util::ResolvedPath resolved = load::filesystem_source().resolve(tmp.path(), tmp.path(), "Share/Share.entitlements");
    EXPECT_TRUE(resolved.error.empty()) << resolved.error;
    EXPECT_TRUE(resolved.case_differs());
    EXPECT_EQ(resolved.absolute, tmp.path() / "Share/share.entitlements");
    EXPECT_EQ(resolved.as_named, tmp.path() / "Share/Share.entitlements");
    resolved = load::filesystem_source().resolve(tmp.path(), tmp.path(), "Share/share.entitlements");
    EXPECT_FALSE(resolved.case_differs());
    // A missing file stays missing (the reader reports it).
    resolved = load::filesystem_source().resolve(tmp.path(), tmp.path(), "Share/Missing.entitlements");
    EXPECT_FALSE(resolved.case_differs());
    EXPECT_EQ(resolved.absolute, tmp.path() / "Share/Missing.entitlements");
}

} // namespace
} // namespace axg::test
