// AXG414: fires on encryption weakened; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg414, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(encryption = "aead")axg", R"axg(encryption = "none")axg");
    auto f = drift_findings("AXG414", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(encryption aead -> none)axg"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg414, QuietWhenControlsGetStronger) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract = replaced(head.contract, R"axg(token_ttl = "5m")axg", R"axg(token_ttl = "1m")axg");
    head.contract = replaced(head.contract, R"axg(validation = "both")axg", R"axg(validation = "both")axg");
    EXPECT_TRUE(drift_findings("AXG414", base, head).empty());
}

TEST(Axg414, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG414", p, p).empty());
}

} // namespace
} // namespace axg::test
