// Hostile TOML: nesting past k_max_toml_depth and the inputs toml++ 3.3 mishandles (fuzzer finds) are refused by
// load::parse_toml's pre-scan with a located error, for contracts, policies and locks alike (docs/security.md).

#include <gtest/gtest.h>

#include "load/toml/contract_loader.hpp"
#include "load/toml/lock_loader.hpp"
#include "load/toml/policy_loader.hpp"
#include "load/toml/toml_prescan.hpp"
#include "load/toml/toml_reader.hpp"
#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

using load::k_max_toml_depth;

std::string repeat(std::string_view s, int n, std::string_view separator = "") {
    std::string out;
    for (int i = 0; i < n; ++i) {
        if (i > 0) {
            out += separator;
        }
        out += s;
    }
    return out;
}

// A literal with its embedded NULs.
template <std::size_t N> std::string bytes(const char (&text)[N]) {
    return std::string(text, N - 1);
}

struct Parsed {
    bool ok = false;
    util::Diagnostic first;
};

Parsed parse(const std::string& text) {
    util::Diagnostics d;
    Parsed p;
    p.ok = load::parse_toml(text, "deep.toml", d).has_value();
    if (!d.empty()) {
        p.first = d.items()[0];
    }
    return p;
}

void expect_too_deep(const std::string& text, std::uint32_t line, std::uint32_t column) {
    Parsed p = parse(text);
    EXPECT_FALSE(p.ok);
    EXPECT_EQ(p.first.location.file, "deep.toml");
    EXPECT_EQ(p.first.location.line, line) << p.first.str();
    EXPECT_EQ(p.first.location.column, column) << p.first.str();
    EXPECT_NE(p.first.message.find("deeper than the limit of " + std::to_string(k_max_toml_depth) + " levels"),
              std::string::npos)
        << p.first.str();
}

// Exactly at the limit loads; one more level is refused at the segment that passes it.
TEST(TomlHardening, DottedKeysAtAndPastTheLimit) {
    EXPECT_TRUE(parse(repeat("a", k_max_toml_depth, ".") + " = 1\n").ok);
    // Segment n + 1 starts at column 2n + 1.
    expect_too_deep(repeat("a", k_max_toml_depth + 1, ".") + " = 1\n", 1, 2 * k_max_toml_depth + 1);
    expect_too_deep("x = 1\n" + repeat("a", 5000, ".") + " = 1\n", 2, 2 * k_max_toml_depth + 1);
}

TEST(TomlHardening, TableHeadersAtAndPastTheLimit) {
    EXPECT_TRUE(parse("[" + repeat("a", k_max_toml_depth, ".") + "]\n").ok);
    expect_too_deep("[" + repeat("a", k_max_toml_depth + 1, ".") + "]\n", 1, 2 * k_max_toml_depth + 2);
    // [[array.of.tables]] counts the array as a level of its own.
    EXPECT_TRUE(parse("[[" + repeat("a", k_max_toml_depth - 1, ".") + "]]\n").ok);
    expect_too_deep("[[" + repeat("a", k_max_toml_depth, ".") + "]]\n", 1, 2 * k_max_toml_depth + 1);
    // Quoted segments with dots inside count once each.
    EXPECT_TRUE(parse("[" + repeat("\"a.b.c\"", k_max_toml_depth, ".") + "]\n").ok);
}

TEST(TomlHardening, HeaderAndKeyAndValuesAddUp) {
    std::string header = "[" + repeat("a", 10, ".") + "]\n";
    std::string key = repeat("b", 10, ".");
    // 10 + 10 + 12 nested arrays = 32: fine; one more inline table is 33.
    EXPECT_TRUE(parse(header + key + " = " + repeat("[", 12) + repeat("]", 12) + "\n").ok);
    expect_too_deep(header + key + " = " + repeat("[", 12) + "{x = 1}" + repeat("]", 12) + "\n", 2, 35);
    // Keys inside inline tables count too.
    expect_too_deep("a = " + repeat("{b.c = ", 11) + "{}" + repeat("}", 11) + "\n", 1, 76);
}

TEST(TomlHardening, ThousandsOfNestedValuesAreRefusedNotACrash) {
    // x is level 1, the n-th '[' (column 4 + n) level n + 1.
    expect_too_deep("x = " + repeat("[", 100000) + repeat("]", 100000) + "\n", 1, 4 + k_max_toml_depth);
    // The 16th "{a = " reaches 32 with its '{' and 33 with its key, at column 5 + 5 * 15 + 1.
    expect_too_deep("x = " + repeat("{a = ", 100000) + "1" + repeat("}", 100000) + "\n", 1, 81);
    expect_too_deep(repeat("[[a]]\n", 3) + "[" + repeat("a", 3000, ".") + "]\n", 4, 2 * k_max_toml_depth + 2);
}

// Brackets, dots and quotes inside strings and comments are no structure.
TEST(TomlHardening, StringsAndCommentsAreSkipped) {
    std::string deep = repeat("[", 200);
    EXPECT_TRUE(parse("a = \"" + deep +
                      "\"\n"
                      "b = '" +
                      deep +
                      "'\n"
                      "c = \"\"\"\n" +
                      deep +
                      "\n\\\"a\"\"\"\n"
                      "d = '''" +
                      deep +
                      "''''\n"
                      "# " +
                      deep +
                      "\n"
                      "e = [\"]\", '[', \"\\\"[\"] # " +
                      deep +
                      "\n"
                      "\"" +
                      repeat("x", 100, ".") + "\" = 1\n")
                    .ok);
}

struct Hazard {
    const char* name;
    std::string text;
    std::uint32_t line;
    std::uint32_t column;
    const char* message;
};

class TomlHazards : public ::testing::TestWithParam<Hazard> {};

// Each of these made toml++ 3.3 assert (debug) or reach undefined behaviour (release); found by the fuzzer.
TEST_P(TomlHazards, AreLocatedSyntaxErrors) {
    const Hazard& h = GetParam();
    Parsed p = parse(h.text);
    EXPECT_FALSE(p.ok);
    EXPECT_EQ(p.first.location.line, h.line) << p.first.str();
    EXPECT_EQ(p.first.location.column, h.column) << p.first.str();
    EXPECT_NE(p.first.message.find(h.message), std::string::npos) << p.first.str();
}

INSTANTIATE_TEST_SUITE_P(
    FuzzFinds, TomlHazards,
    ::testing::Values(
        // parse_table_header() -> parse_key() with a character that starts no key.
        Hazard{"triple_bracket", "[[[1]]]\n", 1, 3, "must start with a key"},
        Hazard{"equals", "[=\n", 1, 2, "must start with a key"},
        Hazard{"newline", "x = 1\n[\n", 2, 2, "must start with a key"},
        Hazard{"comment", "[ # c\n", 1, 3, "must start with a key"},
        // is_non_ascii_horizontal_whitespace() reaching TOML_UNREACHABLE (U+048D, U+2D00).
        Hazard{"cyrillic_after_key", "k\xd2\x8d i = 1\n", 1, 2, "non-ASCII character outside a string"},
        Hazard{"after_string", "k = \"v\"\xd2\x8d\n", 1, 8, "non-ASCII character outside a string"},
        Hazard{"in_number", "W =-.1e10.._666'66666>666_\xef\xb3\xbf.]\n", 1, 27, "non-ASCII character in a value"},
        Hazard{"in_inline_table", std::string("W = { W=1.\"a.b\xcf\xac\x07", 17) + std::string(1, '\0') + "\"}\n", 1,
               15, "non-ASCII character in a value"},
        Hazard{"escaped", "s = \"\"\"\\\xd2\x8d\"\"\"\n", 1, 8, "backslash before a non-ASCII"},
        Hazard{"continued", "s = \"\"\"a\\\n  \xe2\xb4\x80\"\"\"\n", 2, 3, "line-ending backslash"},
        // the same past characters toml++ skips as whitespace: U+FEFF, then U+FEF8 (policy_fuzz, 2026-12-03)
        Hazard{"continued_past_bom", "s = \"\"\"a\\\n\xef\xbb\xbf\xef\xbb\xb8\"\"\"\n", 2, 2, "line-ending backslash"},
        Hazard{"continued_past_nbsp", "s = \"\"\"a\\\n \xc2\xa0\xe3\x80\x80\xe2\xb4\x80\"\"\"\n", 2, 4,
               "line-ending backslash"},
        // parse_value() with a value terminator.
        Hazard{"brace_in_array", "a = [}\n", 1, 6, "'}' closes no inline table"},
        Hazard{"bracket_alone", "a = ]\n", 1, 5, "']' closes no array"},
        // parse_time() without a digit.
        Hazard{"date_t", "a = 1979-05-27T!\n", 1, 5, "a date followed by 'T' and no time"},
        Hazard{"date_t_end", "a = [1979-05-27t]\n", 1, 6, "a date followed by 'T' and no time"},
        // the date-with-a-space look-ahead scanning on from a value terminator.
        Hazard{"date_space_digit", "W=[1979-05-2[ 1, 2 ]\n", 1, 4, "a space and a one-digit time"},
        Hazard{"date_space_digit_end", "a = 1979-05-27 1\n", 1, 5, "a space and a one-digit time"},
        // the same with a form feed or vertical tab after the digit: toml++ counts both as whitespace (campaign of
        // 2026-12-03, lock_fuzz).
        Hazard{"date_space_digit_form_feed", "a = 1979-05-27 2\f0x\n", 1, 5, "a space and a one-digit time"},
        Hazard{"date_space_digit_vertical_tab", "a = [1979-05-27 2\v]\n", 1, 6, "a space and a one-digit time"}),
    [](const auto& info) { return std::string(info.param.name); });

// A NUL is refused where it is written, in a value, a quoted key or a multi-line string; what only looks like one
// (an escaped backslash before "u0000", a literal string, a comment) stays valid.
TEST(TomlHardening, AnEscapedNulIsRefusedWhereItIs) {
    const Hazard nuls[] = {
        {"value", "name = \"x\\u0000y\"\n", 1, 10, "NUL character (\\u0000)"},
        {"key", "a = 1\n\"k\\U00000000\" = 1\n", 2, 3, "NUL character (\\U00000000)"},
        {"multiline", "s = \"\"\"\nab\\u0000\"\"\"\n", 2, 3, "NUL character"},
        {"inline_table", "t = { k = \"\\u0000\" }\n", 1, 12, "NUL character"},
    };
    for (const Hazard& h : nuls) {
        Parsed p = parse(h.text);
        EXPECT_FALSE(p.ok) << h.name;
        EXPECT_EQ(p.first.location.line, h.line) << h.name << ": " << p.first.str();
        EXPECT_EQ(p.first.location.column, h.column) << h.name << ": " << p.first.str();
        EXPECT_NE(p.first.message.find(h.message), std::string::npos) << p.first.str();
    }
    Parsed fine = parse("a = \"\\\\u0000\"\nb = 'x\\u0000'\nc = \"\\u0001\" # \\u0000\n");
    EXPECT_TRUE(fine.ok) << fine.first.str();
}

// What is not a hazard stays valid: non-ASCII in strings, quoted keys and comments, a continued line starting with
// a character outside the broken ranges (U+4E2D), dates and date-times.
TEST(TomlHardening, ValidTextNearTheHazardsLoads) {
    Parsed p = parse("d = \"описание — ελληνικά\" # комментарий\n"
                     "'ключ' = 'значение'\n"
                     "s = \"\"\"a\\\n  中\"\"\"\n"
                     "t = 1979-05-27T07:32:00Z\n"
                     "u = 1979-05-27 07:32:00\n"
                     "v = [1979-05-27, 07:32:00]\n"
                     "[\"таблица\"]\n");
    EXPECT_TRUE(p.ok) << p.first.str();
    // toml++ reports "[ [" itself, and the pre-scan does not get in first with an error of its own.
    Parsed spaced = parse("[ [x] ]\n");
    EXPECT_FALSE(spaced.ok);
    EXPECT_NE(spaced.first.message.find("TOML syntax error:"), std::string::npos);
    EXPECT_EQ(spaced.first.message.find("must start with a key"), std::string::npos) << spaced.first.str();
    EXPECT_EQ(spaced.first.message.find("closes no"), std::string::npos) << spaced.first.str();
}

// A form feed or vertical tab where a value starts: the pre-scan steps over it (it once stopped there for good:
// the CI fuzz run's timeouts of 2026-12-03), and toml++ refuses it with a location.
TEST(TomlHardening, AFormFeedOrVerticalTabWhereAValueStartsIsRefused) {
    for (const std::string text : {"a = \f1\n", "a = [\v1]\n", "a = [1,\f]\n", "t = { k = \v }\n"}) {
        Parsed p = parse(text);
        EXPECT_FALSE(p.ok) << text;
        EXPECT_EQ(p.first.location.line, 1u) << p.first.str();
    }
}

// Crashing inputs exactly as the fuzzer wrote them (build-fuzz/crashes/), one per fault, each now a located error.
TEST(TomlHardening, FuzzerInputsVerbatim) {
    const std::string inputs[] = {
        bytes("[\x01\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00roje[ct "),
        "[[#1",
        "\xcf\xbe",
        "k\xd2\x8di",
        "  [\x1e\x1e\x1e\x1e\x1e\x1e\x1e\x1e"
        "T1",
        "W = {-RWWa= { 1Wa= { 1RW= [[}}}}",
        bytes("\"\"=1979-05-27T!\x00\x00\x00"
              "32:00Z\x00\"\"N][f"),
        "W=[1980-05-2[ 1, 2 ]7T07:32:",
        bytes("\xef\xbb\xbf-  = \x09"
              "00\x1f\x1f\x1f\x1f\x1f\x1fooooooZZZZZZZZZZZZZZZZZ\x1aZZZ\x00\x00\x00\x00Q'A-0.5<\x00\x00\x00"
              "\x00\x00\x00\x00XG\xd0\x9a\x9a\x9a"
              "eeeeeeee\x9b\x9a\x9a\x94"
              "eeeeX\x00+\x00\x00"),
        // policy_fuzz, 2026-12-03: a line-ending backslash, then U+FEFF (whitespace to toml++), then U+FEF8.
        bytes("\"\"\"\"#\n\n5n\n19+6-p\na\ns\\\n\n\n\xef\xbb\xbf"
              "4-0\\U00001F60\n\nn\\\n\n\n\xef\xbb\xbf\xef\xbb\xb8\"#\n\n5n*19+6-p\na\ns\\\n\n\n\x11<J-`"
              "\xbf\n\\04\n\n\xef\xbb\xb8\n\n\n\\x0As\\\n\n\n\xef\xbb\xbf\n\n"),
        // lock_fuzz, 2026-12-03: a form feed ends the one-digit time.
        bytes("s=[1979-05-27 2\x0c"
              "0x#\x00ppp\\`[\x09\x00\x00;pppp[\"20[\n00F,\n0"),
    };
    for (const std::string& text : inputs) {
        Parsed p = parse(text);
        EXPECT_FALSE(p.ok) << text;
        EXPECT_NE(p.first.location.line, 0u) << p.first.str();
    }
}

// Every TOML format goes through the same routine.
TEST(TomlHardening, ContractsPoliciesAndLocksAreAllGuarded) {
    std::string deep = repeat("a", 1000, ".") + " = 1\n";
    util::Diagnostics contract, policy, lock;
    EXPECT_FALSE(load::parse_contract(deep, "c.toml", contract));
    EXPECT_FALSE(load::parse_policy(deep, "p.toml", policy));
    EXPECT_FALSE(load::parse_lock(deep, "l.lock", lock));
    for (const auto* d : {&contract, &policy, &lock}) {
        ASSERT_EQ(d->size(), 1u);
        EXPECT_NE(d->items()[0].message.find("limit of " + std::to_string(k_max_toml_depth)), std::string::npos);
    }
}

TEST(TomlHardening, CheckExitsTwoOnADeepContract) {
    TempDir dir;
    dir.write("appexguard.toml", "[" + repeat("a", 4000, ".") + "]\n" + repeat("b", 4000, ".") + " = 1\n");
    RunResult r = run_cli("check appexguard.toml", dir.path());
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("appexguard.toml:1:" + std::to_string(2 * k_max_toml_depth + 2) +
                         ": error: TOML nested deeper than the limit of " + std::to_string(k_max_toml_depth)),
              std::string::npos)
        << r.err;
}

} // namespace
} // namespace axg::test
