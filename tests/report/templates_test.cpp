// Template loading and validation: built-in templates, overrides, located syntax errors.

#include <gtest/gtest.h>

#include <set>

#include "report/templates.hpp"

namespace axg::report {
namespace {

TEST(Templates, BuiltInTemplatesAreValid) {
    for (auto name : {k_html_template, k_markdown_template}) {
        util::Diagnostics diagnostics;
        auto t = load_template(name, "", diagnostics);
        ASSERT_TRUE(t.has_value()) << name;
        EXPECT_FALSE(t->text.empty());
        EXPECT_EQ(t->origin, "templates/" + std::string(name));
    }
}

TEST(Templates, SyntaxErrorsAreLocated) {
    util::Diagnostics d1;
    EXPECT_FALSE(validate_template("a\n  {{#x}}\n", "t.mustache", d1));
    ASSERT_EQ(d1.size(), 1u);
    EXPECT_EQ(d1.items()[0].location.line, 2u);
    EXPECT_EQ(d1.items()[0].location.column, 3u);
    EXPECT_NE(d1.items()[0].message.find("never closed"), std::string::npos);

    util::Diagnostics d2;
    EXPECT_FALSE(validate_template("{{#a}}{{/b}}", "t", d2));
    EXPECT_NE(d2.items()[0].message.find("closes section 'a'"), std::string::npos);

    util::Diagnostics d3;
    EXPECT_FALSE(validate_template("ok\n{{name", "t", d3));
    EXPECT_EQ(d3.items()[0].location.line, 2u);

    util::Diagnostics d4;
    EXPECT_FALSE(validate_template("{{/x}}", "t", d4));
    util::Diagnostics d5;
    EXPECT_FALSE(validate_template("{{}}", "t", d5));
}

TEST(Templates, AcceptsCommentsTriplesAndDelimiterChanges) {
    util::Diagnostics diagnostics;
    EXPECT_TRUE(validate_template("{{! c }}{{{raw}}}{{&raw}}{{#a}}{{^b}}{{/b}}{{/a}}{{=<% %>=}}<%#s%><%/s%>", "t",
                                  diagnostics));
    EXPECT_TRUE(diagnostics.empty());
}

TEST(Templates, KnowsTheNamesItUses) {
    util::Diagnostics diagnostics;
    std::set<std::string, std::less<>> names;
    EXPECT_TRUE(
        validate_template("{{! active }}{{{raw}}}{{& amp}}{{#a.b}}{{/a.b}}{{=<% %>=}}<%# listed %><%/ listed %>", "t",
                          diagnostics, &names));
    EXPECT_EQ(names, (std::set<std::string, std::less<>>{"raw", "amp", "a.b", "a", "listed"})); // not the comment

    auto markdown = load_template(k_markdown_template, "", diagnostics);
    ASSERT_TRUE(markdown);
    EXPECT_TRUE(markdown->mentions("rows"));
    EXPECT_FALSE(markdown->mentions("active")); // so the comment builds no view of every finding
}

TEST(Templates, RenderingEscapesForTheFormatAndRestoresMstch) {
    Template t{"t", "t", "{{v}}|{{{v}}}"};
    mstch::map data{{"v", std::string("<b>|*")}};
    EXPECT_EQ(render_template(t, data, TemplateEscape::Html), "&lt;b&gt;|*|<b>|*");
    EXPECT_EQ(render_template(t, data, TemplateEscape::Markdown), "&#60;b&#62;&#124;&#42;|<b>|*");
    EXPECT_FALSE(static_cast<bool>(mstch::config::escape)); // the global escaper is restored
}

} // namespace
} // namespace axg::report
