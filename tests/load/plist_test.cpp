#include <gtest/gtest.h>

#include <plist/plist.h>

#include "load/plist/plist_reader.hpp"
#include "support/temp_dir.hpp"

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
