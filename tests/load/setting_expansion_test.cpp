// The one build-setting expander, against Xcode's semantics (swift-build's SWBMacro tests are the reference for
// the operator results).

#include <gtest/gtest.h>

#include <map>

#include "load/xcode/setting_expansion.hpp"

namespace axg::load {
namespace {

SettingLookup table(std::map<std::string, std::string> values) {
    return [values = std::move(values)](std::string_view name) -> std::optional<std::string> {
        auto it = values.find(std::string(name));
        return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
}

std::string expand(std::string_view text, const std::map<std::string, std::string>& values) {
    return expand_setting(text, table(values)).text;
}

TEST(SettingExpansion, ExpandsEverySyntaxAndNestedValues) {
    std::map<std::string, std::string> values{{"TEAM", "ABCDE12345"}, {"PREFIX", "$(TEAM)."}, {"NAME", "My App"}};
    Expansion e = expand_setting("$(PREFIX)com.x.${NAME:rfc1034identifier}.$[TEAM]", table(values));
    EXPECT_EQ(e.text, "ABCDE12345.com.x.My-App.ABCDE12345");
    EXPECT_TRUE(e.complete());
    EXPECT_EQ(expand("$(GROUP_$(VARIANT))", {{"VARIANT", "BETA"}, {"GROUP_BETA", "group.beta"}}), "group.beta");
    EXPECT_EQ(expand("$($(A)$(B))", {{"A", "X"}, {"B", "Y"}, {"XY", "xy"}}), "xy");
}

TEST(SettingExpansion, DollarDollarIsALiteralDollar) {
    EXPECT_EQ(expand("cost: $$5 and $$(NAME)", {{"NAME", "n"}}), "cost: $5 and $(NAME)");
    EXPECT_EQ(expand("a $ b $", {}), "a $ b $");
}

TEST(SettingExpansion, UndefinedNamesExpandToEmptyAndAreListedOnce) {
    Expansion e = expand_setting("group.$(A).$(MISSING).$(MISSING)$(OTHER)", table({{"A", "a"}}));
    EXPECT_EQ(e.text, "group.a..");
    EXPECT_EQ(e.undefined, (std::vector<std::string>{"MISSING", "OTHER"}));
    EXPECT_FALSE(e.complete());
    // A name inside a value counts too.
    EXPECT_EQ(expand_setting("$(ID)", table({{"ID", "com.x.$(SUFFIX)"}})).undefined,
              (std::vector<std::string>{"SUFFIX"}));
}

TEST(SettingExpansion, DefinedEmptyIsNotUndefined) {
    Expansion e = expand_setting("a$(EMPTY)b", table({{"EMPTY", ""}}));
    EXPECT_EQ(e.text, "ab");
    EXPECT_TRUE(e.complete());
}

TEST(SettingExpansion, KeepsProviderNamesWhenAsked) {
    ExpansionOptions options;
    options.keep_undefined = k_signing_names;
    Expansion e = expand_setting("$(AppIdentifierPrefix)$(ORG).${TeamIdentifierPrefix}$(NOPE)",
                                 table({{"ORG", "com.example"}}), options);
    EXPECT_EQ(e.text, "$(AppIdentifierPrefix)com.example.${TeamIdentifierPrefix}");
    EXPECT_EQ(e.kept, (std::vector<std::string>{"AppIdentifierPrefix", "TeamIdentifierPrefix"}));
    EXPECT_EQ(e.undefined, (std::vector<std::string>{"NOPE"}));
    // Defined, a kept name expands like any other.
    EXPECT_EQ(expand_setting("$(AppIdentifierPrefix)x", table({{"AppIdentifierPrefix", "T."}}), options).text, "T.x");
    // Without the option it is an undefined name like any other.
    EXPECT_EQ(expand_setting("$(AppIdentifierPrefix)x", table({})).text, "x");
}

TEST(SettingExpansion, RetrievalOperatorsAsXcode) {
    std::map<std::string, std::string> v{{"FILENAME", "Some File.txt"},
                                         {"FRAMEWORK_PATH", "/tmp/Products/Anything.framework"},
                                         {"SIMPLE", "This"},
                                         {"ABS", "//foo/./bar/"},
                                         {"REL", "foo/../bar/./baz/"},
                                         {"QUOTE", "foo bar \" ' \\"},
                                         {"NO", "NO"},
                                         {"DIGITS", "12 3"},
                                         {"UTF", "\xC3\x9CTF-8"}};
    EXPECT_EQ(expand("$(FILENAME:identifier)", v), "Some_File_txt");
    EXPECT_EQ(expand("$(FILENAME:rfc1034identifier)", v), "Some-File-txt");
    EXPECT_EQ(expand("$(DIGITS:c99extidentifier)", v), "_2_3");
    EXPECT_EQ(expand("$(DIGITS:rfc1034identifier)", v), "-2-3");
    EXPECT_EQ(expand("$(UTF:c99extidentifier)", v), "\xC3\x9CTF_8");
    EXPECT_EQ(expand("$(UTF:identifier)", v), "_TF_8");
    EXPECT_EQ(expand("$(FRAMEWORK_PATH:dir)", v), "/tmp/Products/");
    EXPECT_EQ(expand("$(SIMPLE:dir)", v), "./");
    EXPECT_EQ(expand("$(FRAMEWORK_PATH:file)", v), "Anything.framework");
    EXPECT_EQ(expand("$(FRAMEWORK_PATH:base)", v), "Anything");
    EXPECT_EQ(expand("$(FRAMEWORK_PATH:suffix)", v), ".framework");
    EXPECT_EQ(expand("$(ABS:standardizepath)", v), "/foo/bar");
    EXPECT_EQ(expand("$(REL:standardizepath)", v), "foo/../bar/baz");
    EXPECT_EQ(expand("$(SIMPLE:upper)", v), "THIS");
    EXPECT_EQ(expand("$(SIMPLE:lower)", v), "this");
    EXPECT_EQ(expand("$(QUOTE:quote)", v), "foo\\ bar\\ \\\"\\ \\'\\ \\\\");
    EXPECT_EQ(expand("$(NO:not)", v), "YES");
    EXPECT_EQ(expand("$(FILENAME:lower:rfc1034identifier)", v), "some-file-txt"); // chained with ':'
}

TEST(SettingExpansion, ReplacementOperatorsAsXcode) {
    std::map<std::string, std::string> v{{"A_PATH", "/tmp/dir/file.c"}, {"SUFFIX", "blabla"}, {"EMPTY", ""}};
    EXPECT_EQ(expand("$(A_PATH:dir=ba ba ba)", v), "ba ba ba/file.c");
    EXPECT_EQ(expand("$(A_PATH:file=ba ba ba)", v), "/tmp/dir/ba ba ba");
    EXPECT_EQ(expand("$(A_PATH:base=ba ba ba)", v), "/tmp/dir/ba ba ba.c");
    EXPECT_EQ(expand("$(A_PATH:suffix=$(SUFFIX))", v), "/tmp/dir/file.blabla");
    EXPECT_EQ(expand("$(A_PATH:suffix=.o)", v), "/tmp/dir/file.o");
    EXPECT_EQ(expand("macos$(TARGET:default=10.15)", v), "macos10.15");
    EXPECT_EQ(expand("$(EMPTY:default=x)", v), "x");
    EXPECT_EQ(expand("$(A_PATH:default=x)", v), "/tmp/dir/file.c");
    EXPECT_EQ(expand("$(EMPTY:default=$(OTHER:default=10.10))", v), "10.10");
    EXPECT_EQ(expand("$(SETTING_$(BOOL:default=NO))", {{"SETTING_NO", "false"}}), "false");
}

TEST(SettingExpansion, DefaultNamesNoUndefinedItDoesNotNeed) {
    // The operand of default= is only evaluated when the value is empty.
    Expansion e = expand_setting("$(SET:default=$(UNSET_A))$(UNSET_B:default=$(UNSET_C))", table({{"SET", "s"}}));
    EXPECT_EQ(e.text, "s");
    EXPECT_EQ(e.undefined, (std::vector<std::string>{"UNSET_B", "UNSET_C"}));
}

TEST(SettingExpansion, UnknownOperatorsLeaveTheValueAndAreNoted) {
    std::map<std::string, std::string> v{{"A", "Value"}};
    Expansion bogus = expand_setting("$(A:bogus)", table(v));
    EXPECT_EQ(bogus.text, "Value");
    ASSERT_EQ(bogus.notes.size(), 1u);
    EXPECT_NE(bogus.notes[0].find("bogus"), std::string::npos);
    EXPECT_TRUE(bogus.undefined.empty());
    // ',' is not an operator separator in Xcode: the whole "lower,upper" is rejected.
    Expansion comma = expand_setting("$(A:lower,upper)", table(v));
    EXPECT_EQ(comma.text, "Value");
    ASSERT_EQ(comma.notes.size(), 1u);
    EXPECT_NE(comma.notes[0].find("lower,upper"), std::string::npos);
    // An operator after the rejected one still applies.
    EXPECT_EQ(expand("$(A:bad,op:upper)", v), "VALUE");
    EXPECT_EQ(expand("$(A:nope=x)", v), "Value");
}

TEST(SettingExpansion, MalformedReferencesAreNotedAndBounded) {
    Expansion unterminated = expand_setting("x$(A", table({{"A", "a"}}));
    EXPECT_EQ(unterminated.text, "xa"); // Xcode evaluates what it parsed
    EXPECT_FALSE(unterminated.notes.empty());
    Expansion empty = expand_setting("x$()y", table({}));
    EXPECT_EQ(empty.text, "xy");
    EXPECT_FALSE(empty.notes.empty());
}

TEST(SettingExpansion, BareNamesKeepTheirSpellingWhenUndefined) {
    Expansion e = expand_setting("A-$MACRO-$UNKNOWN-A", table({{"MACRO", "m"}}));
    EXPECT_EQ(e.text, "A-m-$UNKNOWN-A");
    EXPECT_TRUE(e.undefined.empty());
}

TEST(SettingExpansion, InheritedOutsideAnAssignmentIsEmpty) {
    Expansion e = expand_setting("[$(inherited)$(value)]", table({}));
    EXPECT_EQ(e.text, "[]");
    EXPECT_TRUE(e.complete());
}

TEST(SettingExpansion, CyclesStopAndAreNoted) {
    Expansion e = expand_setting("$(A)", table({{"A", "a$(B)"}, {"B", "b$(A)"}}));
    EXPECT_EQ(e.text, "ab");
    EXPECT_FALSE(e.notes.empty());
    EXPECT_EQ(e.limit, ExpansionLimit::None);
}

TEST(SettingExpansion, ExponentialValuesHitTheSizeCap) {
    // A0 = x, Ak = $(Ak-1)$(Ak-1): 2^40 bytes if nothing stopped it.
    std::map<std::string, std::string> v{{"A0", "xxxxxxxx"}};
    for (int k = 1; k <= 40; ++k) {
        v["A" + std::to_string(k)] = "$(A" + std::to_string(k - 1) + ")$(A" + std::to_string(k - 1) + ")";
    }
    Expansion e = expand_setting("$(A40)", table(v));
    EXPECT_EQ(e.limit, ExpansionLimit::Size);
    EXPECT_EQ(e.text.size(), k_max_expansion_bytes);
    EXPECT_FALSE(e.complete());
    EXPECT_NE(expansion_limit_text(e.limit).find("65536"), std::string::npos);
}

TEST(SettingExpansion, WideEmptyChainsAreCheap) {
    // Ak = $(Ak-1)$(Ak-1) over an empty A0: no output, but 2^40 references without memoisation.
    std::map<std::string, std::string> v{{"A0", ""}};
    for (int k = 1; k <= 40; ++k) {
        v["A" + std::to_string(k)] = "$(A" + std::to_string(k - 1) + ")$(A" + std::to_string(k - 1) + ")";
    }
    Expansion e = expand_setting("$(A40)", table(v));
    EXPECT_EQ(e.text, "");
    EXPECT_EQ(e.limit, ExpansionLimit::None);
}

TEST(SettingExpansion, DeepChainsHitTheDepthCap) {
    std::map<std::string, std::string> v{{"M0", "root"}};
    for (int k = 1; k < 200; ++k) {
        v["M" + std::to_string(k)] = "$(M" + std::to_string(k - 1) + ")-";
    }
    Expansion deep = expand_setting("$(M199)", table(v));
    EXPECT_EQ(deep.limit, ExpansionLimit::Depth);
    Expansion shallow = expand_setting("$(M30)", table(v));
    EXPECT_EQ(shallow.limit, ExpansionLimit::None);
    EXPECT_EQ(shallow.text, "root" + std::string(30, '-'));
    // Syntactic nesting is bounded the same way.
    std::string nested;
    for (int k = 0; k < 5000; ++k) {
        nested += "$(";
    }
    EXPECT_EQ(expand_setting(nested, table({})).limit, ExpansionLimit::Depth);
}

TEST(SettingExpansion, ListsReferencedNames) {
    EXPECT_EQ(referenced_settings("$(A)x${B:lower}$(C_$(D))$(inherited)$E"),
              (std::vector<std::string>{"A", "B", "D", "C_", "E"}));
    EXPECT_TRUE(referenced_settings("no references").empty());
    EXPECT_TRUE(has_setting_references("$(A)"));
    EXPECT_FALSE(has_setting_references("A"));
}

TEST(SettingExpansion, SubstitutesInheritedAndSelfReferences) {
    bool cut = false;
    EXPECT_EQ(substitute_inherited("$(inherited) -b", "FLAGS", "-a", cut), "-a -b");
    EXPECT_EQ(substitute_inherited("$(FLAGS) -b", "FLAGS", "-a", cut), "-a -b");
    EXPECT_EQ(substitute_inherited("${FLAGS} $(value)", "FLAGS", "-a", cut), "-a -a");
    EXPECT_EQ(substitute_inherited("$(PRODUCT_BUNDLE_IDENTIFIER)", "PRODUCT_BUNDLE_IDENTIFIER", "", cut), "");
    EXPECT_EQ(substitute_inherited("$(OTHER) $(inherited)", "FLAGS", "$(X)", cut), "$(OTHER) $(X)");
    EXPECT_EQ(substitute_inherited("$(FLAGS_$(V))", "FLAGS", "-a", cut), "$(FLAGS_$(V))"); // not a self reference
    EXPECT_EQ(substitute_inherited("$(NAME:lower)", "NAME", "My App", cut), "my app");
    EXPECT_FALSE(cut);
    std::string big(40000, 'x');
    std::string grown = substitute_inherited("$(A)$(A)", "A", big, cut);
    EXPECT_TRUE(cut);
    EXPECT_EQ(grown.size(), k_max_expansion_bytes);
}

} // namespace
} // namespace axg::load
