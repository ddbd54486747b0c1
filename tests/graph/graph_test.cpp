#include <gtest/gtest.h>

#include <algorithm>

#include "graph/builder.hpp"
#include "graph_fixtures.hpp"
#include "load/model_loader.hpp"
#include "support/paths.hpp"

namespace axg::test {
namespace {

model::Model notes() {
    util::Diagnostics d;
    load::LoadOptions o;
    o.contract_path = (source_dir() / "contracts/examples/notes/appexguard.toml").string();
    auto m = load::load_model(o, d);
    EXPECT_TRUE(m) << (d.empty() ? "" : d.sorted().front().str());
    return m ? *m : model::Model{};
}

std::size_t count_edges(const graph::Graph& g, graph::EdgeKind kind) {
    return std::count_if(g.edges.begin(), g.edges.end(), [&](const graph::Edge& e) { return e.kind == kind; });
}

TEST(Graph, NotesExampleHasEveryElementAndBoundary) {
    auto m = notes();
    auto g = graph::build_graph(graph::ContractIndex(m.contract));
    for (const char* id : {"components.app", "components.share", "components.widget", "components.nse", "stores.group",
                           "stores.keychain", "external.@web", "external.@any-app", "external.@system"}) {
        EXPECT_TRUE(g.node(id)) << id;
    }
    EXPECT_EQ(g.node("components.app")->trust, model::Trust::High);
    EXPECT_EQ(g.node("components.share")->trust, model::Trust::Low);
    EXPECT_EQ(g.node("stores.keychain")->kind, graph::NodeKind::Store);
    // Device > team > one sandbox per component.
    EXPECT_EQ(g.boundaries.size(), 2u + m.contract.components.size());
    EXPECT_TRUE(g.encloses("device", "sandbox.share"));
    EXPECT_TRUE(g.encloses("team", "sandbox.share"));
    EXPECT_FALSE(g.encloses("sandbox.app", "sandbox.share"));
    EXPECT_EQ(g.node("external.@web")->boundary, ""); // off the device
    EXPECT_EQ(g.node("external.@system")->boundary, "device");
    // Memberships: 4 in group + 3 in keychain; one edge per (channel, receiver).
    EXPECT_EQ(count_edges(g, graph::EdgeKind::Membership), 7u);
    std::size_t receivers = 0;
    for (const auto& [id, c] : m.contract.channels) {
        receivers += c.to.size();
    }
    EXPECT_EQ(count_edges(g, graph::EdgeKind::Channel), receivers);
}

TEST(Graph, ReadOnlyMembersDoNotWrite) {
    auto g = graph::build_graph(graph::ContractIndex(notes().contract));
    auto it = std::find_if(g.edges.begin(), g.edges.end(), [](const graph::Edge& e) {
        return e.kind == graph::EdgeKind::Membership && e.from == "components.widget";
    });
    ASSERT_NE(it, g.edges.end());
    EXPECT_FALSE(it->writes);
}

TEST(Graph, TransportsThatAdmitAnySenderAddAnImplicitActor) {
    auto m = load_fixture(chain_contract("none", "none") + R"(
[channels.open]
transport = "url-scheme"
from = "keyboard"
to = ["app"]
scheme = "x"
)");
    ASSERT_TRUE(m);
    auto g = graph::build_graph(graph::ContractIndex(m->contract));
    ASSERT_TRUE(g.node("external.@any-app"));
    EXPECT_EQ(g.node("external.@any-app")->trust, model::Trust::External);
    EXPECT_EQ(count_edges(g, graph::EdgeKind::Implicit), 1u);
    EXPECT_FALSE(g.node("external.@system")); // no Darwin notification declared
}

TEST(Graph, SortedAndRepeatable) {
    auto m = notes();
    auto a = graph::build_graph(graph::ContractIndex(m.contract));
    auto b = graph::build_graph(graph::ContractIndex(m.contract));
    ASSERT_EQ(a.nodes.size(), b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        EXPECT_EQ(a.nodes[i].id, b.nodes[i].id);
        if (i) {
            EXPECT_LT(a.nodes[i - 1].id, a.nodes[i].id);
        }
    }
}

} // namespace
} // namespace axg::test
