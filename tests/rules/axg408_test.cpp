// AXG408: fires on a max_len narrowed under backward; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg408, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(max_len = 256)axg", R"axg(max_len = 128)axg");
    auto f = drift_findings("AXG408", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(max_len 256 -> 128)axg"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg408, QuietWhenWidenedUnderBackward) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(max_len = 256)axg", R"axg(max_len = 512)axg");
    EXPECT_TRUE(drift_findings("AXG408", base, head).empty());
}

TEST(Axg408, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG408", p, p).empty());
}

// A migration covers it once the version is raised.
TEST(Axg408, QuietWhenTheVersionIsBumpedWithAMigration) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(max_len = 256)axg", R"axg(max_len = 128)axg");
    EXPECT_TRUE(drift_findings("AXG408", base, bumped(head, "Note", "discard")).empty());
    auto f = drift_findings("AXG408", base, bumped(head, "Note"));
    ASSERT_EQ(f.size(), 1u) << "bumped without a migration";
    EXPECT_TRUE(f[0].fix.starts_with("declare [[schemas.Note.migrations]] from = 1, to = 2, readers = ")) << f[0].fix;
}

} // namespace
} // namespace axg::test
