// Malformed pbxproj, xcconfig and XcodeGen inputs: each gives one diagnostic at a known file:line:column.

#include <gtest/gtest.h>

#include "load/xcode/pbxproj.hpp"
#include "load/xcode/xcconfig.hpp"
#include "load/xcode/xcodegen.hpp"

namespace axg::load {
namespace {

enum class Format { Pbxproj, Xcconfig, Yaml };

struct Case {
    Format format;
    const char* text;
    std::uint32_t line;
    std::uint32_t column;
    const char* message; // a fragment of the expected message
};

const Case k_cases[] = {
    {Format::Pbxproj, "{ a = b; ", 1, 1, "unterminated dictionary"},
    {Format::Pbxproj, "{\n  a = \"abc; }", 2, 7, "unterminated string"},
    {Format::Pbxproj, "{ a = b }", 1, 9, "expected ';' after the value of 'a'"},
    {Format::Pbxproj, "{ a b; }", 1, 5, "expected '=' after key 'a'"},
    {Format::Pbxproj, "{\n  a = (x, y;\n}", 2, 12, "expected ',' or ')'"},
    {Format::Pbxproj, "{ a = <0g>; }", 1, 9, "in data"},
    {Format::Pbxproj, "{ a = <abc>; }", 1, 11, "odd number of hex digits"},
    {Format::Pbxproj, "// !$*UTF8*$!\n/* open comment\n{ }", 2, 1, "unterminated comment"},
    {Format::Pbxproj, "{ a = b; } extra", 1, 12, "after the end of the top-level value"},
    {Format::Pbxproj, "{ a = \"\\U\"; }", 1, 8, "'\\U' must be followed by hex digits"},
    {Format::Pbxproj, "( a, b )", 1, 1, "top-level value must be a '{' dictionary"},
    {Format::Pbxproj, "  \n", 2, 1, "empty file"},
    {Format::Pbxproj, "{ a = ; }", 1, 7, "expected a value"},
    {Format::Pbxproj, "{ = b; }", 1, 3, "expected a key or '}'"},
    {Format::Pbxproj, "{ a = (\n  (x, ),\n  y", 1, 7, "unterminated array"},
    {Format::Pbxproj, "{ a = #; }", 1, 7, "unexpected '#'"},
    {Format::Xcconfig, "FOO = 1\nBAR\n", 2, 1, "expected 'KEY = value'"},
    {Format::Xcconfig, "  FOO[sdk=iphoneos* = 1\n", 1, 6, "unterminated condition"},
    {Format::Xcconfig, "#include <foo.xcconfig>\n", 1, 10, "expected a quoted path"},
    {Format::Xcconfig, "A = 1\n#import \"x.xcconfig\"\n", 2, 1, "unknown directive '#import'"},
    {Format::Xcconfig, "FOO[colour=red] = 1\n", 1, 5, "unknown condition 'colour'"},
    {Format::Xcconfig, "MY KEY = 1\n", 1, 1, "not a valid build setting name"},
    {Format::Xcconfig, "#include? \"a.xcconfig\n", 1, 11, "unterminated include path"},
    {Format::Xcconfig, "A = 1\n\t#include \"x\" junk\n", 2, 15, "unexpected text after the include path"},
    {Format::Yaml, "targets:\n  App:\n    type: [application\n", 4, 1, "end of sequence flow not found"},
    {Format::Yaml, "a:\n\t- b\n", 2, 2, "illegal block entry"},
    {Format::Yaml, "a: b\n  c: d\n", 2, 4, "illegal map value"},
    {Format::Yaml, "targets: [1, 2]\n", 1, 10, "targets must be a mapping"},
    {Format::Yaml, "targets:\n  App:\n    dependencies: 3\n", 3, 19, "dependencies must be a list"},
    {Format::Yaml, "include:\n  - {foo: bar}\n", 2, 5, "needs a 'path'"},
    {Format::Yaml, "targets:\n  App:\n    dependencies:\n      - target: X\n        embed: maybe\n", 5, 16,
     "embed must be true or false"},
    {Format::Yaml, "- a\n- b\n", 1, 1, "must be a mapping"},
    {Format::Yaml, "targets:\n  App:\n    configFiles:\n      Debug: [a]\n", 4, 14, "must be a string"},
};

class XcodeProjectMalformedInput : public ::testing::TestWithParam<Case> {};

TEST_P(XcodeProjectMalformedInput, GivesOneLocatedDiagnostic) {
    const Case& c = GetParam();
    util::Diagnostics diagnostics;
    std::string file;
    switch (c.format) {
    case Format::Pbxproj:
        file = "in.pbxproj";
        EXPECT_FALSE(parse_pbxproj(c.text, file, diagnostics));
        break;
    case Format::Xcconfig:
        file = "in.xcconfig";
        parse_xcconfig(c.text, file, diagnostics);
        break;
    case Format::Yaml:
        file = "in.yml";
        EXPECT_FALSE(parse_xcodegen(c.text, file, "", diagnostics));
        break;
    }
    ASSERT_EQ(diagnostics.size(), 1u) << c.text;
    const util::Diagnostic& d = diagnostics.items()[0];
    EXPECT_EQ(d.location.file, file);
    EXPECT_EQ(d.location.line, c.line) << d.str();
    EXPECT_EQ(d.location.column, c.column) << d.str();
    EXPECT_NE(d.message.find(c.message), std::string::npos) << d.str();
}

INSTANTIATE_TEST_SUITE_P(Table, XcodeProjectMalformedInput, ::testing::ValuesIn(k_cases));

} // namespace
} // namespace axg::load
