// The graph of the transports' iOS facts: APNs from the push provider off the device, native
// messaging with the web, a keyboard without open access as a reader of its group.

#include <gtest/gtest.h>

#include <algorithm>

#include "graph/builder.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

const std::string k_contract = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.vault"

[components.nse]
kind = "extension"
extension_point = "com.apple.usernotifications.service"
bundle_id = "com.example.vault.nse"

[components.safari]
kind = "extension"
extension_point = "com.apple.Safari.web-extension"
bundle_id = "com.example.vault.safari"

[components.keyboard]
kind = "extension"
extension_point = "com.apple.keyboard-service"
bundle_id = "com.example.vault.keyboard"

[stores.group]
kind = "app-group"
id = "group.com.example.vault"
members = ["app", "keyboard"]

[channels.push]
transport = "apns"
from = "@push-provider"
to = "nse"

[channels.fill]
transport = "native-messaging"
from = "@web"
to = "safari"
)";

const graph::Edge* edge(const graph::Graph& g, const std::string& from, const std::string& to, graph::EdgeKind kind) {
    auto it = std::find_if(g.edges.begin(), g.edges.end(),
                           [&](const graph::Edge& e) { return e.from == from && e.to == to && e.kind == kind; });
    return it == g.edges.end() ? nullptr : &*it;
}

TEST(TransportGraph, ThePushProviderIsAnExternalActorOffTheDevice) {
    auto m = load_fixture(k_contract);
    ASSERT_TRUE(m);
    auto g = graph::build_graph(graph::ContractIndex(m->contract));
    const graph::Node* provider = g.node("external.@push-provider");
    ASSERT_TRUE(provider);
    EXPECT_EQ(provider->trust, model::Trust::External);
    EXPECT_EQ(provider->boundary, "");
    EXPECT_TRUE(edge(g, "external.@push-provider", "components.nse", graph::EdgeKind::Channel));
    // Nobody else can send a push: no implicit sender.
    EXPECT_EQ(std::count_if(g.edges.begin(), g.edges.end(), [](const graph::Edge& e) { return e.channel == "push"; }),
              1);
}

TEST(TransportGraph, NativeMessagesComeFromTheWeb) {
    auto m = load_fixture(k_contract);
    ASSERT_TRUE(m);
    auto g = graph::build_graph(graph::ContractIndex(m->contract));
    EXPECT_TRUE(edge(g, "external.@web", "components.safari", graph::EdgeKind::Channel));
    EXPECT_FALSE(edge(g, "external.@web", "components.safari", graph::EdgeKind::Implicit));
}

TEST(TransportGraph, AKeyboardWithoutOpenAccessOnlyReadsItsGroup) {
    auto m = load_fixture(k_contract);
    ASSERT_TRUE(m);
    auto g = graph::build_graph(graph::ContractIndex(m->contract));
    const graph::Edge* keyboard = edge(g, "components.keyboard", "stores.group", graph::EdgeKind::Membership);
    ASSERT_TRUE(keyboard);
    EXPECT_FALSE(keyboard->writes);
    const graph::Edge* app = edge(g, "components.app", "stores.group", graph::EdgeKind::Membership);
    ASSERT_TRUE(app);
    EXPECT_TRUE(app->writes);

    std::string open = k_contract;
    open.replace(open.find("bundle_id = \"com.example.vault.keyboard\""), 0, "open_access = true\n");
    auto with_access = load_fixture(open);
    ASSERT_TRUE(with_access);
    auto g2 = graph::build_graph(graph::ContractIndex(with_access->contract));
    ASSERT_TRUE(edge(g2, "components.keyboard", "stores.group", graph::EdgeKind::Membership));
    EXPECT_TRUE(edge(g2, "components.keyboard", "stores.group", graph::EdgeKind::Membership)->writes);
}

} // namespace
} // namespace axg::test
