// Hostile text from a contract (<script>, quotes, backticks, pipes, newlines) comes out inert in
// HTML, Markdown, JUnit XML, SARIF and JSON.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

#include "report/html.hpp"
#include "report/json.hpp"
#include "report/junit.hpp"
#include "report/markdown.hpp"
#include "report/sarif.hpp"
#include "util/diagnostics.hpp"

namespace axg::report {
namespace {

const std::string k_hostile = "x<script>alert(\"1\")</script>' `rm -rf` | a\n# b | [l](javascript:x) @team &amp;";

std::vector<model::Finding> hostile_findings() {
    model::Finding f;
    f.rule_id = "AXG101";
    f.slug = "unused-app-group";
    f.severity = model::Severity::High;
    f.target = "components." + k_hostile;
    f.message = "message " + k_hostile;
    f.fix = "fix " + k_hostile;
    f.location = {"dir/" + k_hostile + ".entitlements", 3, 4};
    f.fingerprint = "0123456789abcdef";
    model::Finding s = f;
    s.rule_id = "AXG102";
    s.fingerprint = "fedcba9876543210";
    s.suppressed = model::SuppressionState{"reason " + k_hostile, "2027-01-01", {"appexguard.toml", 9, 1}};
    return {f, s};
}

Template built_in(std::string_view name) {
    util::Diagnostics diagnostics;
    auto t = load_template(name, "", diagnostics);
    EXPECT_TRUE(t.has_value());
    return t.value_or(Template{});
}

TEST(HostileNames, HtmlHasNoMarkupFromTheInput) {
    auto findings = hostile_findings();
    ReportInput input{findings, "appexguard.toml", {"Release"}};
    std::string html = render_html(input, built_in(k_html_template));
    EXPECT_EQ(html.find("<script>alert"), std::string::npos);
    EXPECT_EQ(html.find("`rm"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(&quot;1&quot;)"), std::string::npos);
    EXPECT_NE(html.find("&amp;amp;"), std::string::npos); // an entity in the input stays text
    // Exactly one <script> element: the report's own filter code.
    std::size_t scripts = 0;
    for (auto at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1)) {
        ++scripts;
    }
    EXPECT_EQ(scripts, 1u);
}

TEST(HostileNames, MarkdownHasNoMarkupTableBreakOrMention) {
    auto findings = hostile_findings();
    ReportInput input{findings, "appexguard.toml", {"Release"}};
    std::string md = render_markdown(input, built_in(k_markdown_template));
    EXPECT_EQ(md.find("<script"), std::string::npos);
    EXPECT_EQ(md.find("`rm"), std::string::npos);
    EXPECT_EQ(md.find("](javascript"), std::string::npos);
    EXPECT_EQ(md.find("@team"), std::string::npos);
    EXPECT_EQ(md.find("\n# b"), std::string::npos);
    // Every table row keeps its five cells: the input's pipes do not split them.
    std::istringstream lines(md);
    std::string line;
    bool in_findings_table = false;
    while (std::getline(lines, line)) {
        if (line.starts_with("| Severity | Rule |")) {
            in_findings_table = true;
        } else if (in_findings_table && line.starts_with("|")) {
            EXPECT_EQ(std::count(line.begin(), line.end(), '|'), 6) << line;
        } else {
            in_findings_table = false;
        }
    }
}

TEST(HostileNames, JunitIsWellFormedAndRoundTrips) {
    auto findings = hostile_findings();
    ReportInput input{findings, "appexguard.toml", {"Release"}};
    std::ostringstream out;
    render_junit(input, out);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(out.str().c_str()));
    auto failure = doc.select_node("//failure").node();
    ASSERT_TRUE(failure);
    EXPECT_NE(std::string(failure.attribute("message").value()).find(k_hostile), std::string::npos);
    auto skipped = doc.select_node("//skipped").node();
    ASSERT_TRUE(skipped);
    EXPECT_NE(std::string(skipped.attribute("message").value()).find("reason " + k_hostile), std::string::npos);
    EXPECT_EQ(doc.select_nodes("//script").size(), 0u);
}

TEST(HostileNames, SarifAndJsonRoundTripTheText) {
    auto findings = hostile_findings();
    ReportInput input{findings, "appexguard.toml", {"Release"}};
    std::ostringstream sarif_out;
    render_sarif(input, sarif_out);
    auto sarif = nlohmann::json::parse(sarif_out.str());
    const auto& results = sarif["runs"][0]["results"];
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0]["properties"]["target"], "components." + k_hostile);
    EXPECT_EQ(results[1]["suppressions"][0]["justification"], "reason " + k_hostile);
    std::ostringstream json_out;
    render_json(input, json_out);
    auto json = nlohmann::json::parse(json_out.str());
    EXPECT_EQ(json["findings"][0]["message"], "message " + k_hostile);
}

TEST(HostileNames, InvalidUtf8NeverBreaksADocument) {
    auto findings = hostile_findings();
    findings[0].message = "bad \xff\xfe bytes \x01";
    ReportInput input{findings, "appexguard.toml", {"Release"}};
    std::ostringstream junit;
    render_junit(input, junit);
    pugi::xml_document doc;
    EXPECT_TRUE(doc.load_string(junit.str().c_str()));
    std::ostringstream sarif;
    render_sarif(input, sarif);
    EXPECT_NO_THROW(EXPECT_TRUE(nlohmann::json::parse(sarif.str()).is_object()));
    std::string html = render_html(input, built_in(k_html_template));
    EXPECT_EQ(html.find("\xff"), std::string::npos);
}

} // namespace
} // namespace axg::report
