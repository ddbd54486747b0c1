// AXG416: fires on a required field made optional under full; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg416, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    base.contract = replaced(base.contract, R"axg(fields.count = { type = "int", min = 0, max = 100 })axg",
                             R"axg(fields.count = { type = "int", required = true, min = 0, max = 100 })axg");
    auto f = drift_findings("AXG416", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(required true -> false)axg"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg416, QuietUnderBackward) {
    auto base = drift_project();
    auto head = drift_project();
    base.contract = replaced(base.contract, R"axg(compatibility = "full")axg", R"axg(compatibility = "backward")axg");
    base.contract = replaced(base.contract, R"axg(fields.count = { type = "int", min = 0, max = 100 })axg",
                             R"axg(fields.count = { type = "int", required = true, min = 0, max = 100 })axg");
    head.contract = replaced(head.contract, R"axg(compatibility = "full")axg", R"axg(compatibility = "backward")axg");
    EXPECT_TRUE(drift_findings("AXG416", base, head).empty());
}

TEST(Axg416, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG416", p, p).empty());
}

// Under full only "dual-read" covers an old reader of new data.
TEST(Axg416, QuietWhenTheVersionIsBumpedWithADualReadMigration) {
    auto base = drift_project();
    base.contract = replaced(base.contract, R"axg(fields.count = { type = "int", min = 0, max = 100 })axg",
                             R"axg(fields.count = { type = "int", required = true, min = 0, max = 100 })axg");
    EXPECT_TRUE(drift_findings("AXG416", base, bumped(drift_project(), "Snap", "dual-read")).empty());
    auto f = drift_findings("AXG416", base, bumped(drift_project(), "Snap", "discard"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].fix.find("readers = \"dual-read\"; or keep writing the field"), std::string::npos) << f[0].fix;
}

} // namespace
} // namespace axg::test
