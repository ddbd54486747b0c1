#include <gtest/gtest.h>

#include "graph/blast_radius.hpp"
#include "graph/builder.hpp"
#include "graph_fixtures.hpp"
#include "load/model_loader.hpp"
#include "support/paths.hpp"

namespace axg::test {
namespace {

std::optional<graph::BlastRadius> radius(const std::string& contract, const std::string& component) {
    auto m = load_fixture(contract);
    EXPECT_TRUE(m);
    if (!m) {
        return std::nullopt;
    }
    return graph::blast_radius(graph::ContractIndex(m->contract), component);
}

TEST(BlastRadius, TransitiveThroughReceiversThatDoNotCheck) {
    auto b = radius(chain_contract("none", "none"), "keyboard");
    ASSERT_TRUE(b);
    const auto* app = b->find("components.app", graph::ReachKind::Controls);
    ASSERT_TRUE(app);
    EXPECT_EQ(app->path.size(), 1u);
    const auto* widget = b->find("components.widget", graph::ReachKind::Controls);
    ASSERT_TRUE(widget);
    ASSERT_EQ(widget->path.size(), 2u);
    EXPECT_EQ(widget->path[0].to, "components.app");
    EXPECT_EQ(widget->path[1].to, "components.widget");
    const auto* vault = b->find("stores.vault", graph::ReachKind::Reads);
    ASSERT_TRUE(vault);
    EXPECT_EQ(graph::format_path(vault->path),
              "keyboard -[keyboard-to-app (app-group-file)]-> app -[app-to-widget (xpc)]-> widget -[member, writes]-> "
              "vault");
    EXPECT_EQ(b->worst(), model::Classification::Credential);
}

TEST(BlastRadius, AuthenticationCutsThePath) {
    auto b = radius(chain_contract("mutual-token", "none"), "keyboard");
    ASSERT_TRUE(b);
    EXPECT_FALSE(b->find("components.app", graph::ReachKind::Controls));
    const auto* fed = b->find("components.app", graph::ReachKind::Feeds);
    ASSERT_TRUE(fed);
    EXPECT_NE(fed->cut.find("authenticates"), std::string::npos);
    EXPECT_FALSE(b->find("stores.vault", graph::ReachKind::Reads));
    EXPECT_EQ(b->worst(), model::Classification::Personal); // what it sees in its own group
}

TEST(BlastRadius, ReceiverValidationCutsThePath) {
    auto b = radius(chain_contract("none", "both"), "keyboard");
    ASSERT_TRUE(b);
    EXPECT_FALSE(b->find("components.widget", graph::ReachKind::Controls));
    EXPECT_NE(b->find("components.app", graph::ReachKind::Feeds)->cut.find("validates"), std::string::npos);
}

TEST(BlastRadius, DirectStoreMembershipIsReachedWithWriteAccess) {
    auto b = radius(chain_contract("token", "both"), "keyboard");
    ASSERT_TRUE(b);
    EXPECT_TRUE(b->find("stores.group", graph::ReachKind::Writes));
    EXPECT_TRUE(b->find("stores.group", graph::ReachKind::Reads));
    EXPECT_FALSE(radius(chain_contract("token", "both"), "nobody"));
}

TEST(BlastRadius, ShareExtensionOfTheNotesExample) {
    util::Diagnostics d;
    load::LoadOptions o;
    o.contract_path = (source_dir() / "contracts/examples/notes/appexguard.toml").string();
    auto m = load::load_model(o, d);
    ASSERT_TRUE(m);
    auto b = graph::blast_radius(graph::ContractIndex(m->contract), "share");
    ASSERT_TRUE(b);
    EXPECT_TRUE(b->find("stores.keychain", graph::ReachKind::Reads));
    // The share extension can forge the app's snapshot in the group; the widget validates it.
    const auto* widget = b->find("components.widget", graph::ReachKind::Feeds);
    ASSERT_TRUE(widget);
    EXPECT_NE(widget->path.front().via.find("forges"), std::string::npos);
    EXPECT_FALSE(b->find("components.app", graph::ReachKind::Controls));
    // The session token is addressed to the share extension: its own, not an escalation.
    bool credential_own = false;
    for (const auto& e : b->exposures) {
        if (e.classification == model::Classification::Credential) {
            credential_own = credential_own || e.own;
        }
    }
    EXPECT_TRUE(credential_own);
}

// Only the holder of the push key sends over APNs: a compromised keyboard cannot forge a push.
TEST(BlastRadius, NoComponentForgesAPush) {
    std::string c = chain_contract("none", "none") + R"(
[components.nse]
kind = "extension"
extension_point = "com.apple.usernotifications.service"
bundle_id = "com.example.app.nse"

[channels.push]
transport = "apns"
from = "@push-provider"
to = ["nse"]
classification = "personal"
encryption = "aead"
validation = "none"
)";
    auto b = radius(c, "keyboard");
    ASSERT_TRUE(b);
    EXPECT_FALSE(b->find("components.nse", graph::ReachKind::Feeds));
    EXPECT_FALSE(b->find("components.nse", graph::ReachKind::Controls));
}

} // namespace
} // namespace axg::test
