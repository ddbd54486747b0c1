#include <gtest/gtest.h>

#include "../graph/graph_fixtures.hpp"

namespace axg::test {
namespace {

TEST(Axg502, FiresWhenAKeyboardReachesACredentialTransitively) {
    auto f = run_rule("AXG502", chain_contract("none", "none"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "components.keyboard");
    EXPECT_NE(f[0].message.find("stores.vault"), std::string::npos);
    EXPECT_NE(f[0].message.find("keyboard -[keyboard-to-app"), std::string::npos);
}

TEST(Axg502, QuietWhenAuthenticationCutsThePath) {
    EXPECT_TRUE(run_rule("AXG502", chain_contract("mutual-token", "none")).empty());
}

TEST(Axg502, CredentialsAddressedToTheExtensionAreItsOwn) {
    std::string c = chain_contract("token", "both");
    c.replace(c.find("members = [\"widget\"]"), 20, "members = [\"widget\", \"keyboard\"]");
    auto with_channel = c + R"(
[channels.token]
transport = "keychain-item"
store = "vault"
from = "widget"
to = ["keyboard"]
classification = "credential"
auth = "platform"
)";
    EXPECT_TRUE(run_rule("AXG502", with_channel).empty());
    // A member of the vault that no credential channel addresses: it can read what is not its own.
    auto f = run_rule("AXG502", c);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("stores.vault"), std::string::npos);
}

} // namespace
} // namespace axg::test
