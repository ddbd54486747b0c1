// The pull-request comment: summary by severity, new findings first, under GitHub's size limit.

#include <gtest/gtest.h>

#include "report/markdown.hpp"
#include "util/diagnostics.hpp"

namespace axg::report {
namespace {

Template comment_template() {
    util::Diagnostics diagnostics;
    auto t = load_template(k_markdown_template, "", diagnostics);
    EXPECT_TRUE(t.has_value());
    return t.value_or(Template{});
}

std::vector<model::Finding> many_findings(std::size_t n) {
    std::vector<model::Finding> out;
    for (std::size_t i = 0; i < n; ++i) {
        model::Finding f;
        f.rule_id = "AXG2" + std::to_string(10 + i % 5);
        f.slug = "some-rule";
        f.severity = static_cast<model::Severity>(i % 5);
        f.target = "channels.channel-" + std::to_string(i);
        f.message = std::string(200, 'm');
        f.fix = std::string(200, 'f');
        f.location = {"appexguard.toml", static_cast<std::uint32_t>(i + 1), 1};
        f.fingerprint = std::to_string(1000000 + i);
        if (i % 7 == 0) {
            f.suppressed = model::SuppressionState{"accepted", "", {"appexguard.toml", 1, 1}};
        }
        out.push_back(std::move(f));
    }
    return out;
}

TEST(MarkdownComment, NewFindingsComeBeforeSuppressedOnesAndMostSevereFirst) {
    auto findings = many_findings(10);
    ReportInput input{findings, "appexguard.toml", {"Release"}};
    input.fail_on = model::Severity::Medium;
    std::string md = render_markdown(input, comment_template());
    EXPECT_NE(md.find("gate failed"), std::string::npos);
    auto critical = md.find("(critical)");
    auto suppressed = md.find(", suppressed)");
    auto info = md.find("(info)");
    ASSERT_NE(critical, std::string::npos);
    ASSERT_NE(suppressed, std::string::npos);
    ASSERT_NE(info, std::string::npos);
    EXPECT_LT(critical, info);
    EXPECT_LT(info, suppressed);
    EXPECT_NE(md.find("| critical | 2 |"), std::string::npos); // indices 4 and 9
}

TEST(MarkdownComment, StaysUnderTheBudgetAndSaysWhatWasLeftOut) {
    auto findings = many_findings(2000);
    ReportInput input{findings, "appexguard.toml", {"Release"}};
    std::string md = render_markdown(input, comment_template());
    EXPECT_LE(md.size(), k_markdown_budget);
    EXPECT_NE(md.find("more findings left out"), std::string::npos);
    std::string small = render_markdown(input, comment_template(), 20000);
    EXPECT_LE(small.size(), 20000u);
    EXPECT_NE(small.find("more findings not listed"), std::string::npos);
    auto few = many_findings(3);
    ReportInput few_input{few, "appexguard.toml", {"Release"}};
    std::string whole = render_markdown(few_input, comment_template());
    EXPECT_EQ(whole.find("left out"), std::string::npos);
}

TEST(MarkdownComment, SaysWhatTheBaselineTookOut) {
    auto findings = many_findings(2);
    ReportInput input{findings, "appexguard.toml", {"Release"}};
    input.baseline = {true, "appexguard.baseline.json", 5, 2};
    std::string md = render_markdown(input, comment_template());
    EXPECT_NE(md.find("5 known findings not shown, 2 fixed"), std::string::npos);
}

} // namespace
} // namespace axg::report
