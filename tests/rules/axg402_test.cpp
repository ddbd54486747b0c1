#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg402, ReportsARemovedValueAsInformation) {
    auto base = drift_project();
    auto head = base;
    head.files["Share.entitlements"] = app_groups_plist({});
    auto f = drift_findings("AXG402", base, head);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, model::Severity::Info);
    EXPECT_NE(f[0].message.find("group.com.example.drift"), std::string::npos);
}

TEST(Axg402, PointsAtTheLockLineForAStaleLock) {
    auto p = drift_project();
    std::string lock = "lock_version = 1\n[components.app.Release]\n"
                       "\"com.apple.security.application-groups\" = [\"group.com.example.drift\", \"group.old\"]\n"
                       "[components.share.Release]\n"
                       "\"com.apple.security.application-groups\" = [\"group.com.example.drift\"]\n";
    auto f = drift_findings("AXG402", p, p, lock);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].location.file, "appexguard.lock");
    EXPECT_EQ(f[0].location.line, 3u);
}

TEST(Axg402, QuietWhenNothingWasRemoved) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG402", p, p).empty());
}

} // namespace
} // namespace axg::test
