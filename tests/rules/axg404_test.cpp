// AXG404: fires on a retyped field; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg404, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.count = { type = "int")axg", R"axg(fields.count = { type = "string")axg");
    auto f = drift_findings("AXG404", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(type int -> string)axg"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg404, QuietUnderNone) {
    auto base = drift_project();
    auto head = drift_project();
    base.contract = replaced(base.contract, R"axg(compatibility = "full")axg", R"axg(compatibility = "none")axg");
    head.contract = replaced(head.contract, R"axg(compatibility = "full")axg", R"axg(compatibility = "none")axg");
    head.contract =
        replaced(head.contract, R"axg(fields.count = { type = "int")axg", R"axg(fields.count = { type = "string")axg");
    EXPECT_TRUE(drift_findings("AXG404", base, head).empty());
}

TEST(Axg404, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG404", p, p).empty());
}

// A migration covers it once the version is raised (under full, only "dual-read" covers the old readers).
TEST(Axg404, QuietWhenTheVersionIsBumpedWithAMigration) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.count = { type = "int")axg", R"axg(fields.count = { type = "string")axg");
    EXPECT_TRUE(drift_findings("AXG404", base, bumped(head, "Snap", "dual-read")).empty());
    auto f = drift_findings("AXG404", base, bumped(head, "Snap"));
    ASSERT_EQ(f.size(), 1u) << "bumped without a migration";
    EXPECT_TRUE(f[0].fix.starts_with("declare [[schemas.Snap.migrations]] from = 1, to = 2, readers = \"dual-read\""))
        << f[0].fix;
}

TEST(Axg404, FiresWhenTheMigrationLeavesOldReadersBroken) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.count = { type = "int")axg", R"axg(fields.count = { type = "string")axg");
    auto f = drift_findings("AXG404", base, bumped(head, "Snap", "upgrade-in-place"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("leave old readers of new data broken"), std::string::npos) << f[0].message;
}

} // namespace
} // namespace axg::test
