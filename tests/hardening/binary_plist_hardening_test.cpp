// Hostile binary property lists: every structure libplist 2.2 crashed, hung or aborted on is refused with an exit-2
// diagnostic naming the byte offset at fault, quickly and without expanding shared objects (docs/security.md).

#include <gtest/gtest.h>

#include <chrono>

#include "hardening/bplist_writer.hpp"
#include "load/plist/plist_reader.hpp"
#include "support/paths.hpp"
#include "support/plist_convert.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

using load::parse_plist;
using model::PlistValue;

struct Parsed {
    std::optional<PlistValue> value;
    std::string message; // the first diagnostic
};

Parsed parse(const std::string& data) {
    util::Diagnostics d;
    Parsed p;
    p.value = parse_plist(data, "hostile.entitlements", d);
    if (!d.empty()) {
        p.message = d.items()[0].message;
        EXPECT_EQ(d.items()[0].location.file, "hostile.entitlements");
    }
    return p;
}

TEST(BinaryPlistHardening, WellFormedValuesLoad) {
    BplistWriter w;
    auto key_groups = w.ascii("com.apple.security.application-groups");
    auto group = w.utf16(u"group.\u00e9t\u00e9.\U0001F600");
    auto groups = w.array({group, group}); // shared: the same object twice is fine
    auto key_count = w.ascii("count");
    auto count = w.integer(42);
    auto key_flag = w.ascii("flag");
    auto flag = w.boolean(true);
    auto root = w.dict({key_groups, key_count, key_flag}, {groups, count, flag});
    Parsed p = parse(w.build(root));
    ASSERT_TRUE(p.value) << p.message;
    const PlistValue* g = p.value->find("com.apple.security.application-groups");
    ASSERT_NE(g, nullptr);
    ASSERT_EQ(g->array.size(), 2u);
    EXPECT_EQ(g->array[0].string, "group.\xc3\xa9t\xc3\xa9.\xf0\x9f\x98\x80");
    EXPECT_EQ(g->array[1].string, g->array[0].string);
    EXPECT_EQ(p.value->find("count")->integer, 42);
    EXPECT_TRUE(p.value->find("flag")->is_true());
}

// What libplist writes (real Xcode-style files), including dates, data and reals, reads the same as the XML.
TEST(BinaryPlistHardening, LibplistOutputMatchesTheXml) {
    std::string xml = xml_plist("<dict><key>d</key><date>2024-02-29T12:34:56Z</date>"
                                "<key>b</key><data>AAEC/w==</data><key>r</key><real>2.5</real>"
                                "<key>n</key><integer>-7</integer><key>big</key><integer>9000000000</integer>"
                                "<key>e</key><dict/><key>a</key><array/></dict>");
    std::string data = axg::test::binary_from_xml(xml);
    ASSERT_FALSE(data.empty());
    Parsed binary = parse(data);
    ASSERT_TRUE(binary.value) << binary.message;
    util::Diagnostics d;
    auto text = parse_plist(xml, "x.plist", d);
    ASSERT_TRUE(text);
    for (const char* key : {"d", "b", "r", "n", "big"}) {
        ASSERT_NE(binary.value->find(key), nullptr) << key;
        EXPECT_EQ(binary.value->find(key)->type, text->find(key)->type) << key;
        EXPECT_EQ(binary.value->find(key)->string, text->find(key)->string) << key;
        EXPECT_EQ(binary.value->find(key)->integer, text->find(key)->integer) << key;
        EXPECT_EQ(binary.value->find(key)->real, text->find(key)->real) << key;
    }
    EXPECT_EQ(binary.value->find("d")->string, "2024-02-29T12:34:56Z");
    EXPECT_TRUE(binary.value->find("e")->dict.empty());
    EXPECT_TRUE(binary.value->find("a")->array.empty());
}

TEST(BinaryPlistHardening, ACycleIsRefusedAtTheReference) {
    BplistWriter w;
    auto loop = w.array({0}); // object 0 holds itself
    std::string file = w.build(loop);
    Parsed p = parse(file);
    EXPECT_FALSE(p.value);
    // The reference sits right after the one-byte marker of object 0 at byte 8.
    EXPECT_NE(p.message.find("byte offset 9:"), std::string::npos) << p.message;
    EXPECT_NE(p.message.find("cycle"), std::string::npos) << p.message;
}

TEST(BinaryPlistHardening, ALongerCycleIsRefused) {
    BplistWriter w;
    auto a = w.array({1});
    w.array({2});
    w.array({0}); // 0 -> 1 -> 2 -> 0
    Parsed p = parse(w.build(a));
    EXPECT_FALSE(p.value);
    EXPECT_NE(p.message.find("cycle"), std::string::npos) << p.message;
}

// 60 levels of arrays, each holding the level below twice: 2^60 values once expanded, in a file of a few hundred
// bytes. libplist took gigabytes; the measure pass counts each object once and refuses it at once.
TEST(BinaryPlistHardening, ASharedObjectDagIsRefusedWithoutExpanding) {
    BplistWriter w;
    std::uint64_t below = w.ascii("x");
    for (int level = 0; level < 60; ++level) {
        below = w.array({below, below});
    }
    std::string file = w.build(below);
    EXPECT_LT(file.size(), 1024u);
    auto start = std::chrono::steady_clock::now();
    Parsed p = parse(file);
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_FALSE(p.value);
    EXPECT_NE(p.message.find("more than " + std::to_string(load::k_max_plist_values) + " values"), std::string::npos)
        << p.message;
    EXPECT_NE(p.message.find("byte offset"), std::string::npos) << p.message;
    EXPECT_LT(elapsed, std::chrono::seconds(2)); // generous: it is microseconds; expansion would never finish
}

// A DAG under the value limit whose strings add up past the byte limit.
TEST(BinaryPlistHardening, SharedStringsCountEveryReference) {
    BplistWriter w;
    std::uint64_t big = w.ascii(std::string(1 << 20, 'a')); // 1 MiB
    std::uint64_t below = big;
    for (int level = 0; level < 5; ++level) {
        below = w.array({below, below, below, below}); // 4^5 = 1024 references to 1 MiB
    }
    Parsed p = parse(w.build(below));
    EXPECT_FALSE(p.value);
    EXPECT_NE(p.message.find("more than " + std::to_string(load::k_max_plist_expanded_bytes) + " bytes"),
              std::string::npos)
        << p.message;
}

// 100,000 nested arrays: libplist recursed until the stack overflowed.
TEST(BinaryPlistHardening, DeepNestingIsRefused) {
    BplistWriter w(4);
    const std::uint64_t depth = 100000;
    for (std::uint64_t i = 0; i < depth; ++i) {
        w.array({i + 1 < depth ? i + 1 : i}); // the last one holds itself: never reached, the depth limit comes first
    }
    Parsed p = parse(w.build(0));
    EXPECT_FALSE(p.value);
    EXPECT_NE(p.message.find("deeper than " + std::to_string(load::k_max_plist_depth) + " levels"), std::string::npos)
        << p.message;
}

TEST(BinaryPlistHardening, NestingAtTheLimitLoads) {
    BplistWriter w;
    const int depth = load::k_max_plist_depth;
    std::uint64_t inner = w.boolean(true);
    for (int i = 1; i < depth; ++i) {
        inner = w.array({inner});
    }
    Parsed ok = parse(w.build(inner));
    EXPECT_TRUE(ok.value) << ok.message;
    inner = w.array({inner});
    Parsed deep = parse(w.build(inner));
    EXPECT_FALSE(deep.value);
}

TEST(BinaryPlistHardening, AReferenceOutOfRangeIsRefusedAtItsOffset) {
    BplistWriter w;
    auto root = w.array({7}); // there is no object 7
    Parsed p = parse(w.build(root));
    EXPECT_FALSE(p.value);
    EXPECT_NE(p.message.find("byte offset 9: a reference to object 7 of 1"), std::string::npos) << p.message;
}

TEST(BinaryPlistHardening, AnObjectOffsetOutOfRangeIsRefusedAtItsTableEntry) {
    BplistWriter w;
    auto key = w.ascii("k");
    auto value = w.boolean(true);
    auto root = w.dict({key}, {value});
    std::string file = w.build(root, {}, /*bad_offset_for=*/1);
    Parsed p = parse(file);
    EXPECT_FALSE(p.value);
    // Objects: "k" (2 bytes at 8), true (1 byte at 10), the dict (5 bytes at 11); the table starts at 16.
    EXPECT_NE(p.message.find("byte offset 24: object 1 has the offset 16777215"), std::string::npos) << p.message;
}

TEST(BinaryPlistHardening, ABadTrailerIsRefused) {
    BplistWriter w;
    auto root = w.boolean(true);
    struct Case {
        BplistWriter::Trailer trailer;
        std::uint64_t field; // offset of the field within the trailer
        const char* message;
    } cases[] = {
        {{.object_count = 0}, 8, "counts 0 objects"},
        {{.object_count = 1000000000}, 8, "counts 1000000000 objects"},
        {{.top = 5}, 16, "the top object is number 5 of 1"},
        {{.table_offset = 1 << 30}, 24, "offset table"},
        {{.table_offset = 3}, 24, "offset table"},
        {{.offset_size = 9}, 6, "must be 1 to 8"},
    };
    for (const auto& c : cases) {
        std::string file = w.build(root, c.trailer);
        Parsed p = parse(file);
        EXPECT_FALSE(p.value);
        std::uint64_t at = file.size() - 32 + c.field;
        EXPECT_NE(p.message.find("byte offset " + std::to_string(at) + ":"), std::string::npos) << p.message;
        EXPECT_NE(p.message.find(c.message), std::string::npos) << p.message;
    }
    EXPECT_FALSE(parse("bplist00").value);
    EXPECT_FALSE(parse(std::string("bplist00") + std::string(40, '\xff')).value);
}

// A NUL in a UTF-16 key or value aborted libplist; here it is an error at the code unit.
TEST(BinaryPlistHardening, NulInUtf16IsRefusedAtTheCodeUnit) {
    for (bool in_key : {true, false}) {
        BplistWriter w;
        auto text = w.utf16(std::u16string(u"group.a") + u'\0' + u"evil");
        auto other = w.ascii("k");
        auto root = in_key ? w.dict({text}, {other}) : w.dict({other}, {text});
        Parsed p = parse(w.build(root));
        EXPECT_FALSE(p.value);
        // Object 0 at byte 8: the marker, then "group.a" as 7 code units of 2 bytes: the NUL is at 8 + 1 + 14.
        EXPECT_NE(p.message.find("byte offset 23: a UTF-16 string holds a NUL character"), std::string::npos)
            << p.message;
    }
}

TEST(BinaryPlistHardening, InvalidTextIsRefused) {
    struct Case {
        std::string bytes;
        const char* message;
    } cases[] = {
        {std::string("\x62\xd8\x3d", 3) + "\x00\x41", "unpaired high surrogate"},
        {std::string("\x61\xdc\x00", 3), "unpaired low surrogate"},
        {std::string("\x53", 1) + std::string("a\0b", 3), "NUL character"},
        {"\x52\xc3\xa9", "ASCII string holds the byte 195"},
    };
    for (const auto& c : cases) {
        BplistWriter w;
        auto value = w.raw(c.bytes);
        auto key = w.ascii("k");
        Parsed p = parse(w.build(w.dict({key}, {value})));
        EXPECT_FALSE(p.value) << c.message;
        EXPECT_NE(p.message.find(c.message), std::string::npos) << p.message;
    }
}

TEST(BinaryPlistHardening, StructuralErrorsAreRefused) {
    struct Case {
        std::string bytes;
        const char* message;
    } cases[] = {
        {std::string(1, '\0'), "null or fill"},
        {"\x80\x01", "UID"},
        {"\xC0", "a set"},
        {"\x15", "an integer of 2^5 bytes"},
        {"\x5F\x10\xFF", "more than the file has bytes"}, // a length of 255 in a tiny file: runs past the objects
        {"\x4F\x13\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "more than the file has bytes"},
    };
    for (const auto& c : cases) {
        BplistWriter w;
        auto root = w.raw(c.bytes);
        Parsed p = parse(w.build(root));
        EXPECT_FALSE(p.value) << c.message;
        EXPECT_NE(p.message.find("byte offset 8:"), std::string::npos) << p.message;
    }
    BplistWriter w;
    auto number = w.integer(1);
    Parsed p = parse(w.build(w.dict({number}, {number})));
    EXPECT_NE(p.message.find("a dictionary key that is not a string"), std::string::npos) << p.message;
    BplistWriter twice;
    auto k = twice.ascii("k");
    auto v = twice.boolean(false);
    Parsed dup = parse(twice.build(twice.dict({k, k}, {v, v})));
    EXPECT_FALSE(dup.value);
    EXPECT_NE(dup.message.find("holds the key \"k\" twice"), std::string::npos) << dup.message;
}

// The whole tool: a contract whose entitlements file is a hostile binary plist exits 2 and names the offset.
TEST(BinaryPlistHardening, CheckExitsTwoWithTheOffset) {
    TempDir dir;
    dir.write("appexguard.toml", read_text(source_dir() / "contracts/examples/notes/appexguard.toml"));
    for (const char* file :
         {"Notes/Info.plist", "Notes/Notes-Debug.entitlements", "Share/Info.plist", "Share/Share.entitlements",
          "Widget/Info.plist", "Widget/Widget.entitlements", "NotificationService/Info.plist",
          "NotificationService/NotificationService.entitlements"}) {
        dir.write(file, read_text(source_dir() / "contracts/examples/notes" / file));
    }
    BplistWriter w;
    std::uint64_t below = w.ascii("x");
    for (int level = 0; level < 40; ++level) {
        below = w.array({below, below});
    }
    dir.write("Notes/Notes.entitlements", w.build(below));
    RunResult r = run_cli("check appexguard.toml", dir.path());
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("Notes.entitlements: error: malformed binary property list at byte offset"), std::string::npos)
        << r.err;
}

} // namespace
} // namespace axg::test
