// AXG412: fires on a removed channel; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg412, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    base.contract = replaced(base.contract, R"axg(audit = true
)axg",
                             R"axg(audit = true

[channels.ping]
transport = "darwin-notification"
from = "app"
to = ["share"]
payload = false
rereads_state = true
rate_limit = "1/s"
)axg");
    auto f = drift_findings("AXG412", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(channels.ping removed)axg"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg412, QuietWhenChannelsStay) {
    auto base = drift_project();
    auto head = drift_project();
    EXPECT_TRUE(drift_findings("AXG412", base, head).empty());
}

TEST(Axg412, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG412", p, p).empty());
}

} // namespace
} // namespace axg::test
