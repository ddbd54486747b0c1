// Escaping for HTML, XML and Markdown: hostile input text comes out as inert text.

#include <gtest/gtest.h>

#include "util/escape.hpp"

namespace axg::util {
namespace {

TEST(EscapeHtml, TurnsMarkupIntoReferences) {
    EXPECT_EQ(escape_html("<script>alert('x')</script>"), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    EXPECT_EQ(escape_html("a \"b\" & `c`"), "a &quot;b&quot; &amp; &#96;c&#96;");
    EXPECT_EQ(escape_html("plain ünïcode"), "plain ünïcode");
}

TEST(EscapeHtml, ShowsWhatHtmlCannotCarry) {
    EXPECT_EQ(escape_html(std::string("a\x1b]0;t\x07\0b", 9)), "a\\x1b]0;t\\x07\\x00b");
    EXPECT_EQ(escape_html("tab\tline\n"), "tab\tline\n");
    EXPECT_EQ(escape_html("x\xE2\x80\xAE"
                          "evil"),
              "x\\u{202E}evil");                      // a bidi override reorders the page
    EXPECT_EQ(escape_html("\xC2\x9B"), "\\u{009B}");  // C1 CSI
    EXPECT_EQ(escape_html("\xC0\xAF"), "\\xc0\\xaf"); // overlong '/'
}

TEST(EscapeXml, KeepsTheDocumentWellFormed) {
    EXPECT_EQ(escape_xml("<a b=\"c\">'&'</a>"), "&lt;a b=&quot;c&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    EXPECT_EQ(escape_xml("line1\nline2\t"), "line1&#10;line2&#9;");
    EXPECT_EQ(escape_xml(std::string("bell\x07", 5)), "bell\\x07"); // not representable in XML 1.0
}

TEST(EscapeMarkdown, NeutralisesTablesLinksAndMentions) {
    std::string out = escape_markdown("a|b\n# [x](javascript:1) `code` *em* <b> @team");
    EXPECT_EQ(out.find('|'), std::string::npos);
    EXPECT_EQ(out.find('\n'), std::string::npos);
    EXPECT_EQ(out.find('<'), std::string::npos);
    EXPECT_EQ(out.find('`'), std::string::npos);
    EXPECT_EQ(out.find('['), std::string::npos);
    EXPECT_EQ(out.find('*'), std::string::npos);
    EXPECT_NE(out.find("&#124;"), std::string::npos);
    EXPECT_NE(out.find("@\xE2\x80\x8Bteam"), std::string::npos);
    EXPECT_EQ(escape_markdown("Share/Info.plist"), "Share/Info.plist");
}

TEST(EscapeUtf8, ReplacesInvalidSequences) {
    EXPECT_EQ(valid_utf8("ok\xff!"), "ok\xEF\xBF\xBD!");
    EXPECT_EQ(escape_xml("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong '/'
    EXPECT_EQ(valid_utf8("\xF5\x80\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // no lead byte above 0xF4
    EXPECT_EQ(valid_utf8("\xE2\x82\xAC"), "\xE2\x82\xAC");
}

} // namespace
} // namespace axg::util
