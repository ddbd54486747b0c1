// Accepted risks (docs/threats.md, "Accepted risk") as every threat view shows them: `threats` text,
// JSON and Markdown, the threats diagram, and the HTML report. The reason is hostile on purpose.

#include <gtest/gtest.h>

#include <graphviz/cgraph.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "analysis/analysis.hpp"
#include "report/diagram.hpp"
#include "report/threats_report.hpp"
#include "support/paths.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

// The reason as written in TOML, and as loaded: an entity, a backslash escape, markup, a quote.
const std::string k_reason_toml = R"(confirmed by the user & logged \\N <b>\"x\"</b>)";
const std::string k_reason = R"(confirmed by the user & logged \N <b>"x"</b>)";

// A url-scheme channel with no controls (several threats reported) and the spoofing one accepted.
const std::string k_contract = share_url_scheme_contract("personal", R"(
[[suppressions]]
target = "spoofed-sender@channels.open"
reason = ")" + k_reason_toml + R"("
expires = 2099-01-31
)");

// The same channel, every threat on it accepted by one channel suppression.
std::string every_threat_accepted() {
    std::string c = k_contract;
    c.replace(c.find("target = \"spoofed-sender@channels.open\""), 39, "rule = \"AXG501\"\ntarget = \"channels.open\"");
    return c;
}

template <class Render> std::string threats_output(const std::string& contract, Render render) {
    auto m = load_fixture(contract);
    EXPECT_TRUE(m);
    if (!m) {
        return {};
    }
    const analysis::Analysis a(*m);
    report::ThreatsInput input;
    input.contract_path = "appexguard.toml";
    input.project = "Fixture";
    input.threats = a.threats();
    std::ostringstream out;
    render(input, out);
    return out.str();
}

std::string diagram(const std::string& contract) {
    auto m = load_fixture(contract);
    EXPECT_TRUE(m);
    if (!m) {
        return {};
    }
    std::string error;
    std::string dot = report::render_diagram(analysis::Analysis(*m), {"threats", report::DiagramFormat::Dot}, error);
    EXPECT_EQ(error, "");
    return dot;
}

TEST(AcceptedRiskReport, ThreatsTextMarksTheThreatAcceptedWithItsReason) {
    std::string text = threats_output(k_contract, report::render_threats_text);
    EXPECT_NE(text.find("  S accepted    high     spoofed-sender@channels.open\n"), std::string::npos) << text;
    EXPECT_NE(text.find("      accepted: " + k_reason + " (until 2099-01-31); "), std::string::npos) << text;
    EXPECT_NE(text.find(" 1 accepted, "), std::string::npos) << text;
    EXPECT_NE(text.find("  I unmitigated high     disclosed-message@channels.open\n"), std::string::npos) << text;
}

TEST(AcceptedRiskReport, ThreatsJsonHasTheStatusReasonAndCount) {
    auto root = nlohmann::json::parse(threats_output(k_contract, report::render_threats_json));
    const auto& summary = root["summary"];
    EXPECT_EQ(summary["accepted"], 1);
    EXPECT_EQ(summary["threats"].get<int>(), summary["unmitigated"].get<int>() + summary["accepted"].get<int>() +
                                                 summary["partial"].get<int>() + summary["mitigated"].get<int>());
    int accepted = 0;
    for (const auto& t : root["threats"]) {
        if (t["id"] == "spoofed-sender@channels.open") {
            ++accepted;
            EXPECT_EQ(t["status"], "accepted");
            EXPECT_EQ(t["accepted"]["reason"], k_reason);
            EXPECT_EQ(t["accepted"]["expires"], "2099-01-31");
            EXPECT_GT(t["accepted"]["location"]["line"].get<int>(), 0);
        } else {
            EXPECT_TRUE(t["accepted"].is_null()) << t["id"];
            EXPECT_NE(t["status"], "accepted") << t["id"];
        }
    }
    EXPECT_EQ(accepted, 1);
}

TEST(AcceptedRiskReport, ThreatsMarkdownHasAnAcceptedColumnEscaped) {
    std::string md = threats_output(k_contract, report::render_threats_markdown);
    EXPECT_NE(md.find("| accepted because |"), std::string::npos) << md;
    EXPECT_NE(md.find("| accepted | high | S |"), std::string::npos) << md;
    EXPECT_EQ(md.find("<b>"), std::string::npos) << md;
    EXPECT_NE(md.find("(until 2099-01-31) |"), std::string::npos) << md;
}

// Parsed DOT: the attribute of the edge whose label holds `needle`.
std::map<std::string, std::string> edge_attributes(const std::string& dot, const std::string& needle) {
    std::map<std::string, std::string> out;
    Agraph_t* g = agmemread(dot.c_str());
    if (!g) {
        ADD_FAILURE() << "DOT does not parse";
        return out;
    }
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
            std::string label = agget(e, const_cast<char*>("label")) ? agget(e, const_cast<char*>("label")) : "";
            if (label.find(needle) != std::string::npos) {
                for (const char* name : {"label", "color", "style"}) {
                    const char* v = agget(e, const_cast<char*>(name));
                    out[name] = v ? v : "";
                }
            }
        }
    }
    agclose(g);
    return out;
}

TEST(AcceptedRiskReport, DiagramDrawsOnlyAcceptedThreatsDashedAmberWithTheReasonEscaped) {
    std::string dot = diagram(every_threat_accepted());
    auto edge = edge_attributes(dot, "open");
    ASSERT_FALSE(edge.empty()) << dot;
    EXPECT_EQ(edge["color"], "#c9a227");
    EXPECT_EQ(edge["style"], "dashed");
    // The label is escaped for Graphviz: the backslash doubled (no \N escape), '&' an entity.
    EXPECT_NE(edge["label"].find("accepted: S T R I E (confirmed by the user &amp; logged \\\\N <b>\"x\"</b>)"),
              std::string::npos)
        << edge["label"];
    EXPECT_EQ(edge["label"].find("open: "), std::string::npos) << edge["label"];
    EXPECT_NE(dot.find("only accepted risks open"), std::string::npos);
}

TEST(AcceptedRiskReport, DiagramKeepsTheSeverityColourWhileOtherThreatsAreOpen) {
    std::string dot = diagram(k_contract);
    auto edge = edge_attributes(dot, "open");
    ASSERT_FALSE(edge.empty()) << dot;
    EXPECT_NE(edge["color"], "#c9a227");
    EXPECT_NE(edge["label"].find("open: "), std::string::npos) << edge["label"];
    EXPECT_NE(edge["label"].find("accepted: S ("), std::string::npos) << edge["label"];
}

TEST(AcceptedRiskReport, HtmlReportListsAndCountsAcceptedRisksEscaped) {
    std::string dir = write_fixture(k_contract);
    auto r = run_cli("check appexguard.toml --fail-on never --html report.html", dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::string html = read_text(std::filesystem::path(dir) / "report.html");
    EXPECT_NE(html.find("<div class=\"card\" id=\"accepted-count\"><b>1</b>accepted risks</div>"), std::string::npos);
    auto table = html.find("<table id=\"accepted-risks\">");
    ASSERT_NE(table, std::string::npos);
    std::string rows = html.substr(table, html.find("</table>", table) - table);
    EXPECT_NE(rows.find("<code>spoofed-sender@channels.open</code>"), std::string::npos) << rows;
    EXPECT_NE(rows.find("confirmed by the user &amp; logged \\N &lt;b&gt;"), std::string::npos) << rows;
    EXPECT_EQ(rows.find("<b>\""), std::string::npos) << rows;
    EXPECT_EQ(rows.find("disclosed-message@"), std::string::npos) << rows;
}

} // namespace
} // namespace axg::test
