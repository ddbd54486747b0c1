// AXG406: fires on an enum value removed under backward, with or without a version bump, until a migration
// covers it; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg406, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(values = ["text", "link"])axg", R"axg(values = ["text"])axg");
    auto f = drift_findings("AXG406", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(enum value "link" removed)axg"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

ProjectFiles without_link(ProjectFiles p) {
    p.contract = replaced(p.contract, R"axg(values = ["text", "link"])axg", R"axg(values = ["text"])axg");
    return p;
}

TEST(Axg406, FixOffersTheBumpAndTheMigrationWhileTheVersionStays) {
    auto f = drift_findings("AXG406", drift_project(), without_link(drift_project()));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].fix.starts_with("keep accepting the value (map it to its replacement on read); or set version = "
                                     "2 and declare [[schemas.Note.migrations]] from = 1, to = 2"))
        << f[0].fix;
}

TEST(Axg406, FiresWhenTheVersionIsBumpedWithoutAMigration) {
    auto f = drift_findings("AXG406", drift_project(), note_bumped(without_link(drift_project())));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].fix.starts_with("declare [[schemas.Note.migrations]] from = 1, to = 2, readers = ")) << f[0].fix;
    EXPECT_EQ(f[0].fix.find("version ="), std::string::npos) << "already bumped: " << f[0].fix;
}

TEST(Axg406, QuietWhenTheVersionIsBumpedWithAMigration) {
    EXPECT_TRUE(
        drift_findings("AXG406", drift_project(), note_bumped(without_link(drift_project()), "upgrade-in-place"))
            .empty());
}

TEST(Axg406, QuietWhenAValueIsAddedUnderBackward) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(values = ["text", "link"])axg", R"axg(values = ["text", "link", "todo"])axg");
    EXPECT_TRUE(drift_findings("AXG406", base, head).empty());
}

TEST(Axg406, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG406", p, p).empty());
}

} // namespace
} // namespace axg::test
