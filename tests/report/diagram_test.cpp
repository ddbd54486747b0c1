#include <gtest/gtest.h>

#include <graphviz/cgraph.h>

#include <fstream>

#include "graph/builder.hpp"
#include "load/model_loader.hpp"
#include "report/diagram.hpp"
#include "report/dot.hpp"
#include "support/paths.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

model::Model notes() {
    util::Diagnostics d;
    load::LoadOptions o;
    o.contract_path = (source_dir() / "contracts/examples/notes/appexguard.toml").string();
    auto m = load::load_model(o, d);
    EXPECT_TRUE(m);
    return m ? *m : model::Model{};
}

std::string render(const model::Model& m, const std::string& view, report::DiagramFormat format) {
    std::string error;
    std::string out = report::render_diagram(analysis::Analysis(m), {view, format}, error);
    EXPECT_EQ(error, "") << view;
    return out;
}

struct Parsed {
    Agraph_t* g = nullptr;
    explicit Parsed(const std::string& dot) { g = agmemread(dot.c_str()); }
    ~Parsed() {
        if (g) {
            agclose(g);
        }
    }
    std::string attr(const std::string& node, const char* name) const {
        Agnode_t* n = agnode(g, const_cast<char*>(node.c_str()), 0);
        return n ? std::string(agget(n, const_cast<char*>(name))) : std::string("<no node>");
    }
};

int count_clusters(Agraph_t* g) {
    int n = 0;
    for (Agraph_t* s = agfstsubg(g); s; s = agnxtsubg(s)) {
        n += std::string(agnameof(s)).starts_with("cluster_") ? 1 + count_clusters(s) : count_clusters(s);
    }
    return n;
}

// Golden files: tests/golden/graph/notes-<view>.dot; scripts/update-goldens.sh rewrites them.
class DiagramGolden : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(DiagramGolden, MatchesTheGoldenFileByteForByte) {
    auto [view, file] = GetParam();
    auto m = notes();
    std::string first = render(m, view, report::DiagramFormat::Dot);
    EXPECT_EQ(first, render(m, view, report::DiagramFormat::Dot)) << "not deterministic";
    auto path = source_dir() / "tests/golden/graph" / file;
    EXPECT_EQ(first, read_text(path)) << "run scripts/update-goldens.sh after an intended change to " << path;
}

INSTANTIATE_TEST_SUITE_P(Notes, DiagramGolden,
                         ::testing::Values(std::pair{"channels", "notes-channels.dot"},
                                           std::pair{"threats", "notes-threats.dot"},
                                           std::pair{"blast:share", "notes-blast-share.dot"}));

TEST(Diagram, DotParsesBackWithEveryNodeEdgeAndCluster) {
    auto m = notes();
    auto g = graph::build_graph(graph::ContractIndex(m.contract));
    Parsed p(render(m, "channels", report::DiagramFormat::Dot));
    ASSERT_TRUE(p.g);
    EXPECT_EQ(agnnodes(p.g), static_cast<int>(g.nodes.size()) + 1); // + the legend
    EXPECT_EQ(agnedges(p.g), static_cast<int>(g.edges.size()));
    EXPECT_EQ(count_clusters(p.g), static_cast<int>(g.boundaries.size()));
    EXPECT_EQ(p.attr("stores.group", "shape"), "cylinder");
    EXPECT_EQ(p.attr("external.@web", "shape"), "hexagon");
    EXPECT_NE(p.attr("components.share", "label").find("trust: low"), std::string::npos);
    Agnode_t* share = agnode(p.g, const_cast<char*>("components.share"), 0);
    Agnode_t* app = agnode(p.g, const_cast<char*>("components.app"), 0);
    ASSERT_TRUE(share && app);
    Agedge_t* e = agedge(p.g, share, app, nullptr, 0);
    ASSERT_TRUE(e);
    std::string label = agget(e, const_cast<char*>("label"));
    EXPECT_NE(label.find("share-to-app"), std::string::npos);
    EXPECT_NE(label.find("app-group-file"), std::string::npos);
    EXPECT_NE(label.find("personal"), std::string::npos);
}

TEST(Diagram, BlastViewHighlightsTheCompromisedComponent) {
    Parsed p(render(notes(), "blast:share", report::DiagramFormat::Dot));
    ASSERT_TRUE(p.g);
    EXPECT_EQ(p.attr("components.share", "fillcolor"), "#990000");
    EXPECT_NE(p.attr("stores.keychain", "label").find("read"), std::string::npos);
}

TEST(Diagram, UnknownViewOrComponentIsAnError) {
    auto model = notes();
    const analysis::Analysis m(model);
    std::string error;
    EXPECT_EQ(report::render_diagram(m, {"blast:nobody", report::DiagramFormat::Dot}, error), "");
    EXPECT_NE(error.find("nobody"), std::string::npos);
    EXPECT_EQ(report::render_diagram(m, {"pretty", report::DiagramFormat::Svg}, error), "");
    EXPECT_NE(error.find("pretty"), std::string::npos);
}

TEST(Diagram, SvgAndPngRenderInProcessAndRepeat) {
    auto m = notes();
    std::string svg = render(m, "threats", report::DiagramFormat::Svg);
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("share&#45;to&#45;app"), std::string::npos);
    EXPECT_EQ(svg, render(m, "threats", report::DiagramFormat::Svg));
    std::string png = render(m, "channels", report::DiagramFormat::Png);
    ASSERT_GT(png.size(), 8u);
    EXPECT_EQ(png.substr(1, 3), "PNG");
    EXPECT_EQ(png, render(m, "channels", report::DiagramFormat::Png));
}

// Ids are TOML keys: they may hold quotes, angle brackets, backslashes and any Unicode.
const std::string k_odd = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.app"

[components."sh\"are <b>\\n é"]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.app.share"

[channels."x&y"]
transport = "xpc"
from = "sh\"are <b>\\n é"
to = ["app"]
)";

TEST(Diagram, HostileNamesSurviveDotAndSvgEscaped) {
    auto m = load_fixture(k_odd);
    ASSERT_TRUE(m);
    const std::string name = "sh\"are <b>\\n é";
    std::string dot = render(*m, "channels", report::DiagramFormat::Dot);
    Parsed p(dot);
    ASSERT_TRUE(p.g) << dot;
    // The node's name is the id with its backslash doubled (report::escape_name), so that it cannot end the quoted
    // name early.
    EXPECT_EQ(report::escape_name("components." + name), "components.sh\"are <b>\\\\n é");
    std::string label = p.attr(report::escape_name("components." + name), "label");
    // The backslash is doubled so that Graphviz does not read "\n" as a line break.
    EXPECT_EQ(label.substr(0, label.find("\\nShare")), "sh\"are <b>\\\\n é");
    std::string svg = render(*m, "channels", report::DiagramFormat::Svg);
    EXPECT_EQ(svg.find("<b>"), std::string::npos);
    EXPECT_NE(svg.find("sh&quot;are &lt;b&gt;\\n é"), std::string::npos);
    // "&" is text, not the start of an entity: escaped in DOT (Graphviz decodes entities in labels) and in SVG.
    EXPECT_NE(dot.find("x&amp;y"), std::string::npos);
    EXPECT_NE(svg.find("x&amp;y"), std::string::npos);
}

} // namespace
} // namespace axg::test
