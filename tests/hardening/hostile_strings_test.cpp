// Hostile text in every kind of string an input carries, end to end through the CLI into every output
// (docs/security.md, "Hostile strings"): terminal escapes, bidi overrides, NUL, C1 controls, markup and forged lines
// in contract values, TOML keys (component, channel and schema field names), settings, paths, and the strings of the
// Info.plist and .entitlements files. Each case runs `check` with every report format, `graph` (SVG and DOT),
// `threats` and `drift` against the untouched project, and asserts: never a crash; a refusal is exit 2, located,
// and writes no report; otherwise the terminal output is inert (no ESC, BEL, NUL, C1 control, U+202E), JSON and SARIF
// parse, JUnit and SVG are well-formed XML, and HTML and Markdown carry no markup or control character from the
// input. One row per field, one per payload.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

struct Payload {
    const char* name;
    const char* toml; // as written inside a TOML basic string
    const char* xml;  // as written in an XML property list's <string>
};

const Payload k_payloads[] = {
    {"osc-title", "x\\u001b]0;pwned\\u0007y", "x&#x1b;]0;pwned&#7;y"},
    {"csi", "x\\u001b[31mred\\u001b[2Jy", "x\x1b[31mred\x1b[2Jy"},
    {"bidi", "x\\u202eevil\\u202cy",
     "x\xe2\x80\xae"
     "evil\xe2\x80\xac"
     "y"},
    {"nul", "x\\u0000y", "x&#0;y"},
    {"c1", "x\\u009by",
     "x\xc2\x9b"
     "y"},
    {"markup", "x<script>alert(1)</script>]]>-->|`&f;\\\"y", "x&lt;script&gt;alert(1)&lt;/script&gt;]]&gt;|`&amp;f;y"},
    {"newline", "x\\n# forged heading\\n| a | b |y", "x\n# forged heading\n| a | b |y"},
    {"invalid-utf8",
     "x\xff\xfe"
     "y",
     "x\xff\xfe"
     "y"},
};

struct Replacement {
    const char* from;
    const char* to; // with PAYLOAD where the payload goes
};

enum class Where { Contract, WidgetInfoPlist, ShareEntitlements };

struct Field {
    const char* name;
    Where where;
    std::vector<Replacement> replacements;
};

const Field k_fields[] = {
    {"project.name", Where::Contract, {{"name = \"Notes (flawed)\"", "name = \"PAYLOAD\""}}},
    {"project.team_id", Where::Contract, {{"team_id = \"ABCDE12345\"", "team_id = \"PAYLOAD\""}}},
    {"settings.value", Where::Contract, {{"BASE_BUNDLE_ID = \"com.example.notes\"", "BASE_BUNDLE_ID = \"PAYLOAD\""}}},
    {"component.id",
     Where::Contract,
     {{"[components.widget]", "[components.\"PAYLOAD\"]"}, {"\"widget\"", "\"PAYLOAD\""}}},
    {"component.extension_point",
     Where::Contract,
     {{"extension_point = \"com.apple.widgetkit-extension\"", "extension_point = \"PAYLOAD\""}}},
    {"component.entitlements_path",
     Where::Contract,
     {{"entitlements = \"Widget/Widget.entitlements\"", "entitlements = \"Widget/PAYLOAD\""}}},
    {"store.id", Where::Contract, {{"id = \"group.com.example.notes\"", "id = \"PAYLOAD\""}}},
    {"schema.field_name", Where::Contract, {{"fields.title = ", "fields.\"PAYLOAD\" = "}}},
    {"schema.enum_value", Where::Contract, {{"values = [\"text\", ", "values = [\"PAYLOAD\", "}}},
    {"channel.id", Where::Contract, {{"[channels.url-open]", "[channels.\"PAYLOAD\"]"}}},
    {"channel.description",
     Where::Contract,
     {{"description = \"The notes:// scheme opens the app from the widget (public data only).\"",
       "description = \"PAYLOAD\""}}},
    {"channel.scheme", Where::Contract, {{"scheme = \"notes-login\"", "scheme = \"PAYLOAD\""}}},
    {"suppression.reason",
     Where::Contract,
     {{"reason = \"Doorbell only; the widget re-reads the snapshot\"", "reason = \"PAYLOAD\""}}},
    {"suppression.target",
     Where::Contract,
     {{"target = \"channels.widget-refresh\"", "target = \"channels.PAYLOAD\""}}},
    {"info_plist.extension_point",
     Where::WidgetInfoPlist,
     {{"<string>com.apple.widget-extension</string>", "<string>PAYLOAD</string>"}}},
    {"info_plist.key", Where::WidgetInfoPlist, {{"<key>CFBundleDisplayName</key>", "<key>PAYLOAD</key>"}}},
    {"entitlements.app_group",
     Where::ShareEntitlements,
     {{"<string>group.com.example.notes.legacy</string>", "<string>PAYLOAD</string>"}}},
};

const char* file_of(Where where) {
    switch (where) {
    case Where::Contract: return "appexguard.toml";
    case Where::WidgetInfoPlist: return "Widget/Info.plist";
    case Where::ShareEntitlements: return "Share/Share.entitlements";
    }
    return "";
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// Terminal output must not be able to move the cursor, retitle the window, reorder text or end a string early.
void expect_inert_terminal(const std::string& text, const std::string& what) {
    EXPECT_EQ(text.find('\x1b'), std::string::npos) << what << " holds ESC";
    EXPECT_EQ(text.find('\x07'), std::string::npos) << what << " holds BEL";
    EXPECT_EQ(text.find('\0'), std::string::npos) << what << " holds NUL";
    EXPECT_EQ(text.find("\xc2\x9b"), std::string::npos) << what << " holds the C1 CSI";
    EXPECT_EQ(text.find("\xe2\x80\xae"), std::string::npos) << what << " holds U+202E";
}

class HostileStrings : public ::testing::TestWithParam<std::tuple<Field, Payload>> {};

// Control characters and Unicode hazards an HTML or Markdown reader would act on or hide.
void expect_no_controls(const std::string& text, const std::string& what) {
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\n' && c != '\t' && c != '\r') || u == 0x7f) {
            ADD_FAILURE() << what << " holds the control character " << static_cast<int>(u);
            return;
        }
    }
    expect_inert_terminal(text, what);
}

TEST_P(HostileStrings, EveryOutputStaysInertOrTheInputIsRefused) {
    const auto& [field, payload] = GetParam();
    TempDir dir;
    fs::copy(source_dir() / "contracts/examples/notes-flawed", dir.path() / "p", fs::copy_options::recursive);
    fs::copy(source_dir() / "contracts/examples/notes-flawed", dir.path() / "base", fs::copy_options::recursive);
    std::string file = std::string("p/") + file_of(field.where);
    std::string text = read_text(dir.path() / file);
    for (const Replacement& r : field.replacements) {
        ASSERT_NE(text.find(r.from), std::string::npos) << field.name << ": " << r.from;
        std::string value = field.where == Where::Contract ? payload.toml : payload.xml;
        text = replace_all(text, r.from, replace_all(r.to, "PAYLOAD", value));
    }
    dir.write(file, text);
    fs::create_directories(dir.path() / "out");

    RunResult check = run_cli("check p/appexguard.toml --fail-on never --sarif out/r.sarif --junit out/r.xml "
                              "--markdown out/r.md --html out/r.html --format text",
                              dir.path());
    std::string what = std::string(field.name) + " with " + payload.name;
    ASSERT_TRUE(check.exit_code == 0 || check.exit_code == 2) << what << ": exit " << check.exit_code << check.err;
    expect_inert_terminal(check.out, what + ", check stdout");
    expect_inert_terminal(check.err, what + ", check stderr");
    if (check.exit_code == 2) {
        EXPECT_NE(check.err.find(std::string(file_of(field.where)) + ":"), std::string::npos) << what << check.err;
        EXPECT_TRUE(fs::is_empty(dir.path() / "out")) << what << ": a refused run wrote a report";
        return;
    }
    RunResult json = run_cli("check p/appexguard.toml --fail-on never --format json", dir.path());
    EXPECT_NO_THROW(EXPECT_TRUE(nlohmann::json::parse(json.out).is_object())) << what;
    EXPECT_NO_THROW(EXPECT_TRUE(nlohmann::json::parse(read_text(dir.path() / "out/r.sarif")).is_object())) << what;
    pugi::xml_document junit;
    EXPECT_TRUE(junit.load_file((dir.path() / "out/r.xml").c_str())) << what;
    std::string html = read_text(dir.path() / "out/r.html");
    EXPECT_EQ(html.find("<script>alert(1)"), std::string::npos) << what;
    expect_no_controls(html, what + ", HTML");
    std::string markdown = read_text(dir.path() / "out/r.md");
    EXPECT_EQ(markdown.find("<script"), std::string::npos) << what;
    EXPECT_EQ(markdown.find("\n# forged"), std::string::npos) << what;
    expect_no_controls(markdown, what + ", Markdown");

    RunResult svg = run_cli("graph p/appexguard.toml --format svg --view threats -o out/g.svg", dir.path());
    ASSERT_EQ(svg.exit_code, 0) << what << svg.err;
    pugi::xml_document doc;
    EXPECT_TRUE(doc.load_file((dir.path() / "out/g.svg").c_str())) << what;
    RunResult dot = run_cli("graph p/appexguard.toml --format dot", dir.path());
    ASSERT_EQ(dot.exit_code, 0) << what << dot.err;
    expect_inert_terminal(dot.out, what + ", DOT on stdout");
    expect_inert_terminal(dot.err, what + ", graph stderr");
    RunResult threats = run_cli("threats p/appexguard.toml", dir.path());
    EXPECT_EQ(threats.exit_code, 0) << what << threats.err;
    expect_inert_terminal(threats.out, what + ", threats text");

    RunResult drift = run_cli("drift p/appexguard.toml --base-dir base --fail-on never", dir.path());
    EXPECT_EQ(drift.exit_code, 0) << what << drift.err;
    expect_inert_terminal(drift.out, what + ", drift text");
    expect_inert_terminal(drift.err, what + ", drift stderr");
    RunResult drift_json = run_cli("drift p/appexguard.toml --base-dir base --fail-on never --format json", dir.path());
    EXPECT_NO_THROW(EXPECT_TRUE(nlohmann::json::parse(drift_json.out).is_object())) << what << drift_json.err;
}

// Every basic string in the example contract, one at a time: a NUL or invalid UTF-8 in front of its text is refused
// on its line (the NUL at its backslash), and a terminal escape there leaves check's output and reports inert.
struct StringLiteral {
    std::size_t content; // offset just after the opening quote
    std::uint32_t line;
    std::uint32_t column; // of the content's first character
};

std::vector<StringLiteral> basic_strings(const std::string& toml) {
    std::vector<StringLiteral> found;
    std::uint32_t line = 1;
    std::size_t line_start = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < toml.size(); ++i) {
        char c = toml[i];
        if (c == '\n') {
            ++line;
            line_start = i + 1;
            in_string = false;
        } else if (!in_string && c == '#') {
            i = toml.find('\n', i) - 1; // a comment
        } else if (in_string && c == '\\') {
            ++i;
        } else if (c == '"') {
            in_string = !in_string;
            if (in_string) {
                found.push_back({i + 1, line, static_cast<std::uint32_t>(i + 2 - line_start)});
            }
        }
    }
    return found;
}

TEST(HostileStrings, EveryStringOfTheContract) {
    TempDir dir;
    fs::copy(source_dir() / "contracts/examples/notes-flawed", dir.path() / "p", fs::copy_options::recursive);
    const std::string original = read_text(dir.path() / "p/appexguard.toml");
    const std::vector<StringLiteral> strings = basic_strings(original);
    ASSERT_GT(strings.size(), 150u);
    fs::create_directories(dir.path() / "out");
    for (const StringLiteral& s : strings) {
        std::string where = "appexguard.toml:" + std::to_string(s.line) + ":";
        for (const char* refused : {"\\u0000", "\xff"}) {
            std::string text = original;
            text.insert(s.content, refused);
            dir.write("p/appexguard.toml", text);
            RunResult r = run_cli("check p/appexguard.toml --fail-on never --sarif out/r.sarif", dir.path());
            std::string what = where + std::to_string(s.column) + (refused[0] == '\\' ? " NUL" : " 0xFF");
            EXPECT_EQ(r.exit_code, 2) << what << r.err;
            EXPECT_NE(r.err.find(refused[0] == '\\' ? where + std::to_string(s.column) + ":" : where),
                      std::string::npos)
                << what << r.err;
            EXPECT_FALSE(fs::exists(dir.path() / "out/r.sarif")) << what;
            expect_inert_terminal(r.err, what);
        }
        std::string text = original;
        text.insert(s.content, "\\u001b]0;pwned\\u0007\\u202e");
        dir.write("p/appexguard.toml", text);
        RunResult r = run_cli("check p/appexguard.toml --fail-on never --sarif out/r.sarif --junit out/r.xml "
                              "--markdown out/r.md --html out/r.html",
                              dir.path());
        std::string what = where + std::to_string(s.column) + " ESC";
        ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 2) << what << r.err;
        expect_inert_terminal(r.out, what);
        expect_inert_terminal(r.err, what);
        if (r.exit_code == 0) {
            EXPECT_NO_THROW(nlohmann::json::parse(read_text(dir.path() / "out/r.sarif"))) << what;
            pugi::xml_document junit;
            EXPECT_TRUE(junit.load_file((dir.path() / "out/r.xml").c_str())) << what;
            expect_no_controls(read_text(dir.path() / "out/r.html"), what + ", HTML");
            expect_no_controls(read_text(dir.path() / "out/r.md"), what + ", Markdown");
        }
        fs::remove_all(dir.path() / "out");
        fs::create_directories(dir.path() / "out");
    }
}

std::string case_name(const ::testing::TestParamInfo<std::tuple<Field, Payload>>& info) {
    std::string name = std::string(std::get<0>(info.param).name) + "_" + std::get<1>(info.param).name;
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            c = '_';
        }
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(Fields, HostileStrings,
                         ::testing::Combine(::testing::ValuesIn(k_fields), ::testing::ValuesIn(k_payloads)), case_name);

} // namespace
} // namespace axg::test
