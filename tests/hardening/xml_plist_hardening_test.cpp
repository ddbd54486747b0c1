// Hostile XML property lists: no DTD processing, no entity pugixml would leave as literal text, text read the way
// a property-list reader reads it (docs/security.md).

#include <gtest/gtest.h>

#include "load/plist/plist_reader.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

using load::parse_plist;
using model::PlistValue;

struct Parsed {
    std::optional<PlistValue> value;
    util::Diagnostic first;
};

Parsed parse(const std::string& text) {
    util::Diagnostics d;
    Parsed p;
    p.value = parse_plist(text, "x.entitlements", d);
    if (!d.empty()) {
        p.first = d.sorted()[0];
    }
    return p;
}

const std::string k_apple_doctype = "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                    "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n";

TEST(XmlPlistHardening, AppleDoctypeIsAccepted) {
    Parsed p = parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + k_apple_doctype +
                     "<plist version=\"1.0\"><dict><key>a</key><string>b</string></dict></plist>");
    ASSERT_TRUE(p.value) << p.first.str();
    EXPECT_EQ(p.value->find("a")->string, "b");
}

// The attack that reached an app group: an internal subset declares &f;, pugixml leaves "&f;" as text.
TEST(XmlPlistHardening, AnInternalSubsetIsRefusedAtTheDoctype) {
    Parsed p = parse("<?xml version=\"1.0\"?>\n<!DOCTYPE plist [\n<!ENTITY f \"group.evil\">\n]>\n"
                     "<plist><dict><key>com.apple.security.application-groups</key>"
                     "<array><string>&f;</string></array></dict></plist>");
    EXPECT_FALSE(p.value);
    EXPECT_EQ(p.first.location.line, 2u) << p.first.str();
    EXPECT_NE(p.first.message.find("internal subset"), std::string::npos) << p.first.str();
}

TEST(XmlPlistHardening, AnUnknownEntityIsRefusedWhereItIs) {
    Parsed p = parse("<plist><dict>\n<key>k</key>\n<string>group.&f;</string>\n</dict></plist>");
    EXPECT_FALSE(p.value);
    EXPECT_EQ(p.first.location.line, 3u) << p.first.str();
    EXPECT_EQ(p.first.location.column, 15u) << p.first.str(); // the '&'
    EXPECT_NE(p.first.message.find("\"&f;\" is not one of XML's five entities"), std::string::npos) << p.first.str();
    for (const char* bad : {"&#0;", "&#xD800;", "&#x110000;", "& ", "&amp", "&#;", "&#x;", "&unknown;", "&#1;"}) {
        Parsed q = parse(std::string("<plist><string>a") + bad + "b</string></plist>");
        EXPECT_FALSE(q.value) << bad;
    }
    Parsed key = parse("<plist><dict><key>&f;</key><true/></dict></plist>");
    EXPECT_FALSE(key.value);
}

TEST(XmlPlistHardening, PredefinedEntitiesAndCharacterReferencesDecode) {
    Parsed p = parse("<plist><dict><key>a&amp;b</key><string>&lt;&gt;&amp;&apos;&quot;&#65;&#x42;&#xe9;&#x1F600;"
                     "</string></dict></plist>");
    ASSERT_TRUE(p.value) << p.first.str();
    EXPECT_EQ(p.value->find("a&b")->string, "<>&'\"AB\xc3\xa9\xf0\x9f\x98\x80");
}

// pugixml splits text at comments and CDATA; a plist reader joins it. Reading only the first piece would check
// "group.a" while iOS reads "group.abc".
TEST(XmlPlistHardening, TextIsJoinedAcrossCommentsAndCdata) {
    Parsed p = parse("<plist><dict><key>g<!-- x -->k</key><string>group.a<!-- x -->b<![CDATA[c&d]]></string>"
                     "<key>ws</key><string> </string><key>crlf</key><string>a\r\nb\rc</string></dict></plist>");
    ASSERT_TRUE(p.value) << p.first.str();
    ASSERT_NE(p.value->find("gk"), nullptr);
    EXPECT_EQ(p.value->find("gk")->string, "group.abc&d");
    EXPECT_EQ(p.value->find("ws")->string, " ");
    EXPECT_EQ(p.value->find("crlf")->string, "a\nb\nc");
}

TEST(XmlPlistHardening, AnElementInsideTextIsRefused) {
    Parsed p = parse("<plist><dict><key>k</key>\n<string>a<b/>c</string></dict></plist>");
    EXPECT_FALSE(p.value);
    EXPECT_EQ(p.first.location.line, 2u);
    EXPECT_NE(p.first.message.find("<string> holds the element <b>"), std::string::npos) << p.first.str();
}

// Readers disagree on which of two equal keys wins; appexguard must not check the one iOS ignores.
TEST(XmlPlistHardening, ADuplicateKeyIsRefused) {
    Parsed p = parse("<plist><dict>\n<key>get-task-allow</key><false/>\n<key>get-task-allow</key><true/>\n"
                     "</dict></plist>");
    EXPECT_FALSE(p.value);
    EXPECT_EQ(p.first.location.line, 3u);
    EXPECT_NE(p.first.message.find("holds the key \"get-task-allow\" twice"), std::string::npos) << p.first.str();
}

TEST(XmlPlistHardening, ANulByteIsRefusedWhereItIs) {
    Parsed p = parse(std::string("<plist><dict>\n<key>k</key><string>a") + '\0' + "b</string></dict></plist>");
    EXPECT_FALSE(p.value);
    EXPECT_EQ(p.first.location.line, 2u);
    EXPECT_EQ(p.first.location.column, 22u);
    EXPECT_NE(p.first.message.find("U+0000"), std::string::npos) << p.first.str();
}

// XML 1.0 is UTF-8 (here) of its Char production: pugixml takes any byte, so appexguard refuses what a conforming
// parser (CFPropertyList, plutil) would, where it is.
TEST(XmlPlistHardening, WhatIsNotAnXmlCharacterIsRefusedWhereItIs) {
    struct Case {
        std::string bytes;
        const char* shown;
    };
    const Case cases[] = {
        {"\x1b]0;t\x07", "U+001B"}, {"\x01", "U+0001"},         {"\xff", "0xFF"},     {"\xc0\xaf", "0xC0"},
        {"\xed\xa0\x80", "0xED"},   {"\xef\xbf\xbe", "U+FFFE"}, {"\xe2\x80", "0xE2"},
    };
    for (const Case& c : cases) {
        Parsed p = parse("<plist><dict>\n<key>k</key><string>a" + c.bytes + "b</string></dict></plist>");
        EXPECT_FALSE(p.value) << c.shown;
        EXPECT_EQ(p.first.location.line, 2u) << c.shown;
        EXPECT_EQ(p.first.location.column, 22u) << c.shown;
        EXPECT_NE(p.first.message.find(c.shown), std::string::npos) << p.first.str();
    }
    // What XML allows stays: tab, line ends, C1 controls and U+202E (shown by every report, not refused), astral
    // characters.
    Parsed ok = parse("<plist><string>\ta\r\n\xc2\x9b\xe2\x80\xae\xf0\x9f\x94\x92</string></plist>");
    EXPECT_TRUE(ok.value) << ok.first.str();
}

TEST(XmlPlistHardening, TooManyValuesAreRefused) {
    std::string body = "<array>";
    for (std::uint64_t i = 0; i <= load::k_max_plist_values; ++i) {
        body += "<true/>";
    }
    body += "</array>";
    Parsed p = parse(xml_plist(body));
    EXPECT_FALSE(p.value);
    EXPECT_NE(p.first.message.find("more than " + std::to_string(load::k_max_plist_values) + " values"),
              std::string::npos)
        << p.first.str();
}

TEST(XmlPlistHardening, NestingPastTheLimitIsRefusedAtTheElement) {
    std::string open, close;
    for (int i = 0; i <= load::k_max_plist_depth + 1; ++i) {
        open += "<array>\n";
        close += "</array>";
    }
    Parsed p = parse("<plist>\n" + open + close + "</plist>");
    EXPECT_FALSE(p.value);
    EXPECT_EQ(p.first.location.line, static_cast<unsigned>(load::k_max_plist_depth) + 3u) << p.first.str();
    EXPECT_NE(p.first.message.find("deeper than " + std::to_string(load::k_max_plist_depth) + " levels (the limit)"),
              std::string::npos);
}

} // namespace
} // namespace axg::test
