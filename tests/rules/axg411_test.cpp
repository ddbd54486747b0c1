// AXG411: fires on a new channel; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg411, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(audit = true
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
    auto f = drift_findings("AXG411", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(channels.ping)axg"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg411, QuietWhenAChannelIsOnlyEdited) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(rate_limit = "30/min")axg", R"axg(rate_limit = "10/min")axg");
    EXPECT_TRUE(drift_findings("AXG411", base, head).empty());
}

TEST(Axg411, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG411", p, p).empty());
}

} // namespace
} // namespace axg::test
