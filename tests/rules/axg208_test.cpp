#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg208, FiresOnPayloadAndNoReread) {
    auto f = run_rule("AXG208", k_base + channel("c", {{"transport", "\"darwin-notification\""},
                                                       {"store", ""},
                                                       {"schema", ""},
                                                       {"payload", "true"}}));
    ASSERT_EQ(f.size(), 2u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg208, QuietOnDoorbell) {
    auto f = run_rule("AXG208", k_base + channel("c", {{"transport", "\"darwin-notification\""},
                                                       {"store", ""},
                                                       {"schema", ""},
                                                       {"payload", "false"},
                                                       {"rereads_state", "true"}}));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
