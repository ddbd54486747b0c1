// Large projects (docs/graph.md, "Large projects"): DOT text keeps every element; a laid-out diagram bundles a pair's
// channels above k_large_graph components and is summarised (groups, bundled edges) above k_summary_components.

#include <gtest/gtest.h>

#include <graphviz/cgraph.h>

#include <pugixml.hpp>

#include "report/diagram.hpp"
#include "report/dot.hpp"
#include "report/dot_summary.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

// An app and `extensions` extensions alternating share (low trust) and widget (medium), each writing the app group
// `group` and sending the app three url-scheme channels (`scheme-N-0..2`), one of them unauthenticated.
std::string monorepo(std::size_t extensions) {
    std::string text = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.big"
)";
    std::string members = "\"app\"";
    for (std::size_t i = 0; i < extensions; ++i) {
        std::string id = "ext" + std::to_string(i);
        bool share = i % 2 == 0;
        text += "\n[components." + id + "]\nkind = \"extension\"\nextension_point = \"" +
                (share ? "com.apple.share-services" : "com.apple.widgetkit-extension") +
                "\"\nbundle_id = \"com.example.big." + id + "\"\n";
        members += ", \"" + id + "\"";
    }
    text += "\n[stores.group]\nkind = \"app-group\"\nid = \"group.com.example.big\"\nmembers = [" + members +
            "]\nclassification = \"internal\"\n";
    for (std::size_t i = 0; i < extensions; ++i) {
        for (int k = 0; k < 3; ++k) {
            std::string id = "scheme-" + std::to_string(i) + "-" + std::to_string(k);
            text += "\n[channels." + id + "]\ntransport = \"url-scheme\"\nfrom = \"ext" + std::to_string(i) +
                    "\"\nto = [\"app\"]\nscheme = \"big" + std::to_string(i) + "x" + std::to_string(k) +
                    "\"\nauth = \"" + (k == 0 ? "none" : "token") + "\"\nclassification = \"public\"\n";
        }
    }
    return text;
}

struct Counts {
    int nodes = 0;
    int edges = 0;
};

Counts count(const std::string& dot) {
    Agraph_t* g = agmemread(dot.c_str());
    EXPECT_NE(g, nullptr);
    Counts c;
    if (g) {
        c.nodes = agnnodes(g);
        c.edges = agnedges(g);
        agclose(g);
    }
    return c;
}

class LargeDiagram : public ::testing::Test {
protected:
    void SetUp() override {
        // Channels need only their keys; a contract without manifests loads, as in the rule tests.
        m_model = load_fixture(monorepo(k_extensions));
        ASSERT_TRUE(m_model);
        m_analysis.emplace(*m_model);
    }
    std::string render(const std::string& view, report::DiagramFormat format) {
        std::string error;
        std::string out = report::render_diagram(*m_analysis, {view, format}, error);
        EXPECT_EQ(error, "");
        return out;
    }
    static constexpr std::size_t k_extensions = report::k_summary_components + 50;
    std::optional<model::Model> m_model;
    std::optional<analysis::Analysis> m_analysis;
};

TEST_F(LargeDiagram, DotTextKeepsEveryComponentAndChannel) {
    ASSERT_TRUE(report::diagram_is_summarised(m_model->contract));
    Counts c = count(render("channels", report::DiagramFormat::Dot));
    // Every component, the store, the legend and the implicit senders; every channel edge and every membership.
    EXPECT_GE(c.nodes, static_cast<int>(k_extensions + 3));
    EXPECT_GE(c.edges, static_cast<int>(k_extensions * 3 + k_extensions + 1));
}

TEST_F(LargeDiagram, LaidOutViewsAreSummarisedIntoGroupsWithBundledEdges) {
    for (const std::string view : {"channels", "threats", "blast:ext0"}) {
        std::string error;
        auto parsed = report::parse_view(view, m_model->contract, error);
        ASSERT_TRUE(parsed) << error;
        report::DiagramView v = *parsed;
        v.laid_out = true;
        report::AgraphPtr g = report::build_dot(*m_analysis, v);
        std::string dot = report::write_dot(g.get());
        Counts c = count(dot);
        // app, share group, widget group, store, implicit senders, legend (+ ext0 on its own in the blast view).
        EXPECT_LT(c.nodes, 12) << view;
        EXPECT_LT(c.edges, 16) << view;
        EXPECT_NE(dot.find("summarised: " + std::to_string(k_extensions + 1) + " components"), std::string::npos)
            << view;
        if (view == "blast:ext0") {
            EXPECT_NE(dot.find("COMPROMISED"), std::string::npos);
            EXPECT_NE(dot.find("124 × Share extension"), std::string::npos) << dot; // ext0 apart from its group
        } else {
            EXPECT_NE(dot.find("125 × Share extension"), std::string::npos) << dot;
            EXPECT_NE(dot.find("375 channels"), std::string::npos) << dot; // 125 share extensions x 3 to the app
        }
    }
}

TEST_F(LargeDiagram, SvgIsWellFormedAndSmall) {
    std::string svg = render("threats", report::DiagramFormat::Svg);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(svg.c_str()));
    EXPECT_LT(svg.size(), 64u * 1024u); // a few dozen shapes, not thousands
}

// Between k_large_graph and k_summary_components: every component is drawn, a pair's channels as one edge.
TEST(MidsizeDiagram, ChannelsBetweenOnePairAreOneEdge) {
    auto model = load_fixture(monorepo(80));
    ASSERT_TRUE(model);
    analysis::Analysis analysis(*model);
    std::string error;
    report::DiagramView v = *report::parse_view("channels", model->contract, error);
    v.laid_out = true;
    std::string dot = report::write_dot(report::build_dot(analysis, v).get());
    Counts c = count(dot);
    EXPECT_GE(c.nodes, 81);
    EXPECT_LT(c.edges, 80 * 3); // one per extension to the app, plus implicit senders; no memberships
    EXPECT_NE(dot.find("3 channels"), std::string::npos);
    v.laid_out = false;
    EXPECT_GE(count(report::write_dot(report::build_dot(analysis, v).get())).edges, 80 * 3 + 80);
}

} // namespace
} // namespace axg::test
