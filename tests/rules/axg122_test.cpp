#include <gtest/gtest.h>

#include "xcode_facts_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg122, FiresForAnEntitlementsFileNoTargetUses) {
    model::Model m = xcode_fixture_model();
    model::XcodeFacts facts = xcode_fixture_facts();
    facts.entitlements_files.push_back({"/project/App.entitlements", "App.entitlements", {"App"}});
    facts.entitlements_files.push_back({"/project/Old.entitlements", "Old.entitlements", {}});
    m.xcode = facts;
    auto f = run_xcode_rule("AXG122", m);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].location.file, "Old.entitlements");
    EXPECT_EQ(f[0].target, "files.Old.entitlements");
}

TEST(Axg122, QuietWhenEveryFileIsUsed) {
    model::Model m = xcode_fixture_model();
    model::XcodeFacts facts = xcode_fixture_facts();
    facts.entitlements_files.push_back({"/project/App.entitlements", "App.entitlements", {"App"}});
    m.xcode = facts;
    EXPECT_TRUE(run_xcode_rule("AXG122", m).empty());
}

} // namespace
} // namespace axg::test
