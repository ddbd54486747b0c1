#include <gtest/gtest.h>

#include <plist/plist.h>

#include "load/plist/plist_reader.hpp"
#include "support/temp_dir.hpp"
#include "support/plist_convert.hpp"

using axg::load::parse_plist;
using axg::model::PlistValue;

TEST(LoadPlist, XmlValuesKeepTheirLines) {
    std::string text = axg::test::xml_plist("<dict>\n"
                                            "\t<key>com.apple.security.application-groups</key>\n"
                                            "\t<array>\n"
                                            "\t\t<string>group.com.example</string>\n"
                                            "\t</array>\n"
                                            "\t<key>get-task-allow</key>\n"
                                            "\t<true/>\n"
                                            "\t<key>count</key>\n"
                                            "\t<integer>42</integer>\n"
                                            "</dict>");
    axg::util::Diagnostics d;
    auto v = parse_plist(text, "x.entitlements", d);
    ASSERT_TRUE(v) << (d.empty() ? "" : d.items()[0].str());
    const auto* entry = v->find_entry("com.apple.security.application-groups");
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->key_location.line, 5u);
    EXPECT_EQ(entry->key_location.column, 2u);
    ASSERT_EQ(entry->value.array.size(), 1u);
    EXPECT_EQ(entry->value.array[0].string, "group.com.example");
    EXPECT_EQ(entry->value.array[0].location.line, 7u);
    EXPECT_EQ(entry->value.array[0].location.column, 3u);
    EXPECT_TRUE(v->find("get-task-allow")->is_true());
    EXPECT_EQ(v->find("count")->integer, 42);
}

TEST(LoadPlist, BinaryPlistsLoad) {
    plist_t dict = plist_new_dict();
    plist_t arr = plist_new_array();
    plist_array_append_item(arr, plist_new_string("group.bin"));
    plist_dict_set_item(dict, "com.apple.security.application-groups", arr);
    plist_dict_set_item(dict, "get-task-allow", plist_new_bool(1));
    char* bin = nullptr;
    uint32_t length = 0;
    plist_to_bin(dict, &bin, &length);
    std::string data(bin, length);
    free(bin);
    plist_free(dict);
    axg::util::Diagnostics d;
    auto v = parse_plist(data, "b.plist", d);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->find("com.apple.security.application-groups")->array.at(0).string, "group.bin");
    EXPECT_TRUE(v->find("get-task-allow")->is_true());
    EXPECT_EQ(v->location.line, 0u);
}

struct BadPlist {
    const char* name;
    std::string text;
    unsigned line;
    const char* message;
};

class LoadPlistMalformed : public ::testing::TestWithParam<BadPlist> {};

TEST_P(LoadPlistMalformed, GivesALocatedError) {
    const auto& c = GetParam();
    axg::util::Diagnostics d;
    auto v = parse_plist(c.text, "bad.plist", d);
    EXPECT_FALSE(v);
    ASSERT_FALSE(d.empty());
    EXPECT_EQ(d.items()[0].location.file, "bad.plist");
    EXPECT_EQ(d.items()[0].location.line, c.line) << d.items()[0].str();
    EXPECT_NE(d.items()[0].message.find(c.message), std::string::npos) << d.items()[0].str();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LoadPlistMalformed,
    ::testing::Values(
        BadPlist{"unclosed", "<plist><dict>\n<key>a</key>\n<string>x</string>\n", 3, "malformed XML"},
        BadPlist{"wrong_root", "<html>\n</html>", 1, "expected <plist>"}, BadPlist{"empty", "", 1, "malformed XML"},
        BadPlist{"key_without_value", "<plist>\n<dict>\n<key>a</key>\n</dict></plist>", 3, "has no value"},
        BadPlist{"value_without_key", "<plist>\n<dict>\n<string>x</string>\n</dict></plist>", 3, "not preceded"},
        BadPlist{"unknown_element", "<plist>\n<dict>\n<key>a</key>\n<blob/>\n</dict></plist>", 4, "unknown"},
        BadPlist{"bad_integer", "<plist>\n<dict>\n<key>a</key>\n<integer>12x</integer>\n</dict></plist>", 4,
                 "not an integer"},
        BadPlist{"two_roots", "<plist>\n<dict/>\n<dict/>\n</plist>", 3, "more than one"},
        BadPlist{"empty_plist", "<plist>\n</plist>", 1, "is empty"},
        BadPlist{"bad_binary", "bplist00garbage", 0, "malformed binary"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(LoadPlist, DeepNestingIsRefusedNotACrash) {
    std::string text = "<plist>";
    for (int i = 0; i < 5000; ++i) {
        text += "<array>";
    }
    for (int i = 0; i < 5000; ++i) {
        text += "</array>";
    }
    text += "</plist>";
    axg::util::Diagnostics d;
    EXPECT_FALSE(parse_plist(text, "deep.plist", d));
    ASSERT_FALSE(d.empty());
    EXPECT_NE(d.items()[0].message.find("deeper"), std::string::npos);
}

TEST(LoadPlist, EntitiesAreNotExpanded) {
    std::string text = "<?xml version=\"1.0\"?>\n<!DOCTYPE plist [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                       "<plist><dict><key>a</key><string>&x;</string></dict></plist>";
    axg::util::Diagnostics d;
    auto v = parse_plist(text, "e.plist", d);
    if (v) {
        EXPECT_EQ(v->find("a")->string.find("root:"), std::string::npos);
    }
}

// An entitlements file that grants nothing is an empty <dict/> (Xcode writes one for a new target). Loading it,
// and its binary conversion, gives an empty dict located at the <dict/> element, and no diagnostics.
TEST(LoadPlist, EmptyDictLoadsAsXmlAndAsBinary) {
    std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                       "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                       "<plist version=\"1.0\">\n"
                       "<dict/>\n"
                       "</plist>\n";
    axg::util::Diagnostics d;
    auto xml = parse_plist(text, "empty.entitlements", d);
    ASSERT_TRUE(xml) << (d.empty() ? "" : d.items()[0].str());
    EXPECT_TRUE(d.empty());
    EXPECT_EQ(xml->type, PlistValue::Type::Dict);
    EXPECT_TRUE(xml->dict.empty());
    EXPECT_EQ(xml->location.line, 4u);
    EXPECT_EQ(xml->location.column, 1u);
    EXPECT_EQ(xml->find("anything"), nullptr);

    std::string data = axg::test::binary_from_xml(text);
    ASSERT_FALSE(data.empty());
    auto binary = parse_plist(data, "empty.entitlements", d);
    ASSERT_TRUE(binary) << (d.empty() ? "" : d.items()[0].str());
    EXPECT_TRUE(d.empty());
    EXPECT_EQ(binary->type, PlistValue::Type::Dict);
    EXPECT_TRUE(binary->dict.empty());
}

// Empty containers nested in a dict, written both ways (<array/> and <array></array>), in both formats.
TEST(LoadPlist, EmptyNestedContainersLoadAsXmlAndAsBinary) {
    std::string text = axg::test::xml_plist("<dict>\n"
                                            "<key>a</key><array/>\n"
                                            "<key>b</key><array></array>\n"
                                            "<key>c</key><dict></dict>\n"
                                            "<key>d</key><dict/>\n"
                                            "<key>e</key><string/>\n"
                                            "</dict>");
    axg::util::Diagnostics d;
    auto xml = parse_plist(text, "n.plist", d);
    ASSERT_TRUE(xml) << (d.empty() ? "" : d.items()[0].str());
    std::string data = axg::test::binary_from_xml(text);
    ASSERT_FALSE(data.empty());
    auto binary = parse_plist(data, "n.plist", d);
    ASSERT_TRUE(binary) << (d.empty() ? "" : d.items()[0].str());
    for (const auto* v : {&*xml, &*binary}) {
        ASSERT_EQ(v->dict.size(), 5u);
        EXPECT_EQ(v->find("a")->type, PlistValue::Type::Array);
        EXPECT_TRUE(v->find("a")->array.empty());
        EXPECT_EQ(v->find("b")->type, PlistValue::Type::Array);
        EXPECT_EQ(v->find("c")->type, PlistValue::Type::Dict);
        EXPECT_TRUE(v->find("d")->dict.empty());
        EXPECT_EQ(v->find("e")->type, PlistValue::Type::String);
        EXPECT_EQ(v->find("e")->string, "");
    }
}
