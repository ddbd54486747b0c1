#include <gtest/gtest.h>

#include <algorithm>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg401, FiresOnANewAppGroupSinceBaseWithItsLine) {
    auto base = drift_project();
    auto head = base;
    head.files["Share.entitlements"] = app_groups_plist({"group.com.example.drift", "group.com.example.other"});
    auto f = drift_findings("AXG401", base, head);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("group.com.example.other"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].location.file.str().find("Share.entitlements"), std::string::npos);
    std::string text = head.files["Share.entitlements"];
    auto line = 1 + std::count(text.begin(), text.begin() + text.find("group.com.example.other"), '\n');
    EXPECT_EQ(f[0].location.line, static_cast<unsigned>(line)) << "the line of the new <string>";
    EXPECT_EQ(f[0].target, "components.share");
}

TEST(Axg401, FiresAgainstTheLockWhenTheBaseIsUnchanged) {
    auto p = drift_project();
    std::string lock = "lock_version = 1\n[components.app.Release]\n"
                       "\"com.apple.security.application-groups\" = [\"group.com.example.drift\"]\n";
    auto f = drift_findings("AXG401", p, p, lock);
    ASSERT_EQ(f.size(), 1u) << "share is not in the lock";
    EXPECT_EQ(f[0].target, "components.share");
    EXPECT_NE(f[0].message.find("approves nothing"), std::string::npos) << f[0].message;
}

TEST(Axg401, QuietWhenEntitlementsAreUnchangedOrRemoved) {
    auto base = drift_project();
    auto head = base;
    EXPECT_TRUE(drift_findings("AXG401", base, head).empty());
    head.files["Share.entitlements"] = app_groups_plist({});
    EXPECT_TRUE(drift_findings("AXG401", base, head).empty());
}

} // namespace
} // namespace axg::test
