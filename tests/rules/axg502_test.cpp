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

// AEAD data whose key is in a keychain group the keyboard is not entitled to is ciphertext to it.
TEST(Axg502, CiphertextWhoseKeyIsOutOfReachIsNotExposed) {
    std::string c = chain_contract("mutual-token", "none") + R"(
[stores.shared]
kind = "app-group"
id = "group.com.example.shared"
members = ["app", "keyboard", "widget"]
read_only = ["keyboard", "widget"]
protection = "complete"
retention = "1d"

[channels.session]
transport = "app-group-file"
store = "shared"
from = "app"
to = ["widget"]
classification = "credential"
auth = "platform"
encryption = "aead"
key_storage = "keychain-this-device-only"
validation = "receiver"
)";
    auto f = run_rule("AXG502", c);
    ASSERT_EQ(f.size(), 1u); // without key_store, any member of the group may hold the key
    EXPECT_NE(f[0].message.find("channels.session"), std::string::npos) << f[0].message;
    EXPECT_TRUE(run_rule("AXG502", c + "key_store = \"vault\"\n").empty());
    // The key store's own members still read it.
    std::string keyboard_has_key = replaced(c, "members = [\"widget\"]", "members = [\"widget\", \"keyboard\"]");
    EXPECT_EQ(run_rule("AXG502", keyboard_has_key + "key_store = \"vault\"\n").size(), 1u);
}

} // namespace
} // namespace axg::test
