// AXG415: fires on a max widened under full; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg415, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(max = 100 })axg", R"axg(max = 1000 })axg");
    auto f = drift_findings("AXG415", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(max 100 -> 1000)axg"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg415, QuietUnderBackward) {
    auto base = drift_project();
    auto head = drift_project();
    base.contract = replaced(base.contract, R"axg(compatibility = "full")axg", R"axg(compatibility = "backward")axg");
    head.contract = replaced(head.contract, R"axg(compatibility = "full")axg", R"axg(compatibility = "backward")axg");
    head.contract = replaced(head.contract, R"axg(max = 100 })axg", R"axg(max = 1000 })axg");
    EXPECT_TRUE(drift_findings("AXG415", base, head).empty());
}

TEST(Axg415, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG415", p, p).empty());
}

// A migration covers it once the version is raised (under full, only "dual-read" covers the old readers).
TEST(Axg415, QuietWhenTheVersionIsBumpedWithAMigration) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(max = 100 })axg", R"axg(max = 1000 })axg");
    EXPECT_TRUE(drift_findings("AXG415", base, bumped(head, "Snap", "dual-read")).empty());
    auto f = drift_findings("AXG415", base, bumped(head, "Snap"));
    ASSERT_EQ(f.size(), 1u) << "bumped without a migration";
    EXPECT_TRUE(f[0].fix.starts_with("declare [[schemas.Snap.migrations]] from = 1, to = 2, readers = \"dual-read\""))
        << f[0].fix;
}

TEST(Axg415, FiresWhenTheMigrationLeavesOldReadersBroken) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(max = 100 })axg", R"axg(max = 1000 })axg");
    auto f = drift_findings("AXG415", base, bumped(head, "Snap", "upgrade-in-place"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("leave old readers of new data broken"), std::string::npos) << f[0].message;
}

} // namespace
} // namespace axg::test
