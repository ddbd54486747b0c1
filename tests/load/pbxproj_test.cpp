// The OpenStep plist parser behind project.pbxproj: values, escapes, locations, limits.

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "load/xcode/pbx_objects.hpp"
#include "load/xcode/pbxproj.hpp"
#include "support/paths.hpp"
#include "util/file.hpp"

namespace axg::load {
namespace {

PbxValue parse_ok(std::string_view text) {
    util::Diagnostics diagnostics;
    std::optional<PbxValue> value = parse_pbxproj(text, "t.pbxproj", diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << (diagnostics.empty() ? "" : diagnostics.items()[0].str());
    return value.value_or(PbxValue{});
}

TEST(PbxprojParser, ReadsDictsArraysStringsAndComments) {
    PbxValue root = parse_ok("// !$*UTF8*$!\n"
                             "{\n"
                             "\tarchiveVersion = 1;\n"
                             "\tobjects = {\n"
                             "\t\tAB12 /* Foo.swift */ = {isa = PBXFileReference; path = \"Foo Bar.swift\"; };\n"
                             "\t};\n"
                             "\tlist = (a, \"b c\", $SRC/x.y-z_1:2, );\n"
                             "\tempty = ( );\n"
                             "}\n");
    ASSERT_TRUE(root.is_dict());
    EXPECT_EQ(root.string_at("archiveVersion"), "1");
    const PbxValue* object = root.find("objects")->find("AB12");
    ASSERT_NE(object, nullptr);
    EXPECT_EQ(object->string_at("path"), "Foo Bar.swift");
    const PbxValue* list = root.find("list");
    ASSERT_TRUE(list->is_array());
    ASSERT_EQ(list->items.size(), 3u);
    EXPECT_EQ(list->items[1].text, "b c");
    EXPECT_EQ(list->items[2].text, "$SRC/x.y-z_1:2");
    EXPECT_TRUE(root.find("empty")->items.empty());
}

TEST(PbxprojParser, KeepsLineAndColumnOfValues) {
    PbxValue root = parse_ok("{\n  a = b;\n  list = (\n      \"x\",\n  );\n}");
    EXPECT_EQ(root.line, 1u);
    EXPECT_EQ(root.column, 1u);
    const PbxValue* a = root.find("a");
    EXPECT_EQ(a->line, 2u);
    EXPECT_EQ(a->column, 7u);
    const PbxValue* list = root.find("list");
    EXPECT_EQ(list->line, 3u);
    EXPECT_EQ(list->column, 10u);
    EXPECT_EQ(list->items[0].line, 4u);
    EXPECT_EQ(list->items[0].column, 7u);
}

TEST(PbxprojParser, UnescapesQuotedStrings) {
    PbxValue root = parse_ok(R"({ a = "q\"b\\s\n\t"; b = "caf\U00e9"; c = "\Ud83d\Ude00"; d = "\101\102"; })");
    EXPECT_EQ(root.string_at("a"), "q\"b\\s\n\t");
    EXPECT_EQ(root.string_at("b"), "caf\xC3\xA9");
    EXPECT_EQ(root.string_at("c"), "\xF0\x9F\x98\x80");
    EXPECT_EQ(root.string_at("d"), "AB");
}

TEST(PbxprojParser, SingleQuotedAndLoneSurrogate) {
    PbxValue root = parse_ok(R"({ a = 'x "y" z'; b = "\Ud800!"; })");
    EXPECT_EQ(root.string_at("a"), "x \"y\" z");
    EXPECT_EQ(root.string_at("b"), "\xEF\xBF\xBD!");
}

TEST(PbxprojParser, ReadsHexData) {
    PbxValue root = parse_ok("{ d = <48656c 6c6f>; }");
    const PbxValue* data = root.find("d");
    EXPECT_EQ(data->kind, PbxValue::Kind::Data);
    EXPECT_EQ(data->text, "Hello");
}

TEST(PbxprojParser, LastDuplicateKeyWinsAndBomIsSkipped) {
    PbxValue root = parse_ok("\xEF\xBB\xBF{ a = 1; a = 2; }");
    EXPECT_EQ(root.string_at("a"), "2");
    EXPECT_EQ(root.column, 1u);
}

TEST(PbxprojParser, DeepNestingIsRefusedWithoutOverflow) {
    std::string text = "{ a = " + std::string(100000, '(');
    util::Diagnostics diagnostics;
    EXPECT_FALSE(parse_pbxproj(text, "deep.pbxproj", diagnostics));
    ASSERT_EQ(diagnostics.size(), 1u);
    const util::Diagnostic& d = diagnostics.items()[0];
    EXPECT_EQ(d.location.line, 1u);
    EXPECT_EQ(d.location.column, 7u + 255u); // the 256th '(' (the root '{' is level 1)
    EXPECT_NE(d.message.find("nesting deeper than 256"), std::string::npos);
}

TEST(PbxprojParser, NestingUpToTheLimitIsAccepted) {
    std::string text = "{ a = " + std::string(255, '(') + std::string(255, ')') + "; }";
    util::Diagnostics diagnostics;
    EXPECT_TRUE(parse_pbxproj(text, "ok.pbxproj", diagnostics));
    EXPECT_TRUE(diagnostics.empty());
}

TEST(PbxprojParser, RefusesOversizedInput) {
    std::string text(util::max_input_bytes() + 1, ' ');
    util::Diagnostics diagnostics;
    EXPECT_FALSE(parse_pbxproj(text, "big.pbxproj", diagnostics));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_NE(diagnostics.items()[0].message.find("64 MiB"), std::string::npos);
}

// Random byte mutations of a small project: always either a value or exactly one located diagnostic.
TEST(PbxprojParser, MutatedInputNeverCrashes) {
    const std::string seed = "// !$*UTF8*$!\n{ objects = { A1 = {isa = PBXGroup; children = (B2, ); "
                             "path = \"x\\U00e9\"; "
                             "}; }; d = <0aff>; rootObject = A1; /* c */ }\n";
    const std::string alphabet = "{}()=;,\"'\\/*<>Ua0 \n";
    std::mt19937 random(12345);
    for (int round = 0; round < 3000; ++round) {
        std::string text = seed;
        int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits; ++e) {
            std::size_t at = random() % text.size();
            switch (random() % 3) {
            case 0: text[at] = alphabet[random() % alphabet.size()]; break;
            case 1: text.erase(at, 1 + random() % 3); break;
            default: text.insert(at, 1, alphabet[random() % alphabet.size()]); break;
            }
            if (text.empty()) {
                text = "{";
            }
        }
        util::Diagnostics diagnostics;
        std::optional<PbxValue> value = parse_pbxproj(text, "m.pbxproj", diagnostics);
        if (value) {
            EXPECT_TRUE(diagnostics.empty());
            util::Diagnostics typed;
            read_pbx_project(*value, "m.pbxproj", typed); // must not crash either
        } else {
            ASSERT_EQ(diagnostics.size(), 1u) << text;
            EXPECT_GT(diagnostics.items()[0].location.line, 0u) << text;
        }
    }
}

// Every truncation of a real project is malformed and located.
TEST(PbxprojParser, TruncatedRealProjectIsLocated) {
    std::optional<std::filesystem::path> corpora = test::corpora_dir();
    if (!corpora) {
        GTEST_SKIP() << "../shared/corpora is absent";
    }
    std::string text = test::read_text(*corpora / "protonpass__ios-pass/ProtonPass.xcodeproj/project.pbxproj");
    ASSERT_FALSE(text.empty());
    for (std::size_t cut = 1; cut < text.size() - 2; cut += 4099) {
        util::Diagnostics diagnostics;
        EXPECT_FALSE(parse_pbxproj(std::string_view(text).substr(0, cut), "cut.pbxproj", diagnostics)) << cut;
        ASSERT_EQ(diagnostics.size(), 1u);
        EXPECT_GT(diagnostics.items()[0].location.line, 0u);
    }
}

} // namespace
} // namespace axg::load
