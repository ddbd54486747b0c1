// Hostile text in contract string fields, end to end through the CLI into every output (docs/security.md, "Hostile
// strings"): terminal escapes, bidi overrides, NUL and markup in the project name, a channel description, a URL
// scheme, a suppression reason and a store's identifier. Each case runs `check` with every report format and
// `graph --format svg`, and asserts: never a crash; a refusal is exit 2, located, and writes no report; otherwise the
// terminal output is inert (no ESC, BEL, NUL, C1 control, U+202E), JSON and SARIF parse, JUnit and SVG are
// well-formed XML, and HTML and Markdown carry no markup from the input. One row per field, one per payload.

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
};

const Payload k_payloads[] = {
    {"osc-title", "x\\u001b]0;pwned\\u0007y"},
    {"csi", "x\\u001b[31mred\\u001b[2Jy"},
    {"bidi", "x\\u202eevil\\u202cy"},
    {"nul", "x\\u0000y"},
    {"c1", "x\\u009by"},
    {"markup", "x<script>alert(1)</script>]]>-->|`&f;\\\"y"},
    {"newline", "x\\n# forged heading\\n| a | b |y"},
};

struct Field {
    const char* name;
    const char* from; // a line of contracts/examples/notes-flawed/appexguard.toml
    const char* to;   // with PAYLOAD where the payload goes
};

const Field k_fields[] = {
    {"project.name", "name = \"Notes (flawed)\"", "name = \"PAYLOAD\""},
    {"channel.description", "description = \"The notes:// scheme opens the app from the widget (public data only).\"",
     "description = \"PAYLOAD\""},
    {"channel.scheme", "scheme = \"notes-login\"", "scheme = \"PAYLOAD\""},
    {"suppression.reason", "reason = \"Doorbell only; the widget re-reads the snapshot\"", "reason = \"PAYLOAD\""},
};

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

TEST_P(HostileStrings, EveryOutputStaysInertOrTheInputIsRefused) {
    const auto& [field, payload] = GetParam();
    TempDir dir;
    fs::copy(source_dir() / "contracts/examples/notes-flawed", dir.path() / "p", fs::copy_options::recursive);
    fs::path contract = dir.path() / "p/appexguard.toml";
    std::string text = read_text(contract);
    ASSERT_NE(text.find(field.from), std::string::npos) << field.name;
    text = replace_all(text, field.from, replace_all(field.to, "PAYLOAD", payload.toml));
    dir.write("p/appexguard.toml", text);
    fs::create_directories(dir.path() / "out");

    RunResult check = run_cli("check p/appexguard.toml --fail-on never --sarif out/r.sarif --junit out/r.xml "
                              "--markdown out/r.md --html out/r.html --format text",
                              dir.path());
    std::string what = std::string(field.name) + " with " + payload.name;
    ASSERT_TRUE(check.exit_code == 0 || check.exit_code == 2) << what << ": exit " << check.exit_code << check.err;
    expect_inert_terminal(check.out, what + ", check stdout");
    expect_inert_terminal(check.err, what + ", check stderr");
    if (check.exit_code == 2) {
        EXPECT_NE(check.err.find("appexguard.toml:"), std::string::npos) << what << check.err;
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
    std::string markdown = read_text(dir.path() / "out/r.md");
    EXPECT_EQ(markdown.find("<script"), std::string::npos) << what;
    EXPECT_EQ(markdown.find("\n# forged"), std::string::npos) << what;
    expect_inert_terminal(markdown, what + ", Markdown");

    RunResult svg = run_cli("graph p/appexguard.toml --format svg --view threats -o out/g.svg", dir.path());
    ASSERT_EQ(svg.exit_code, 0) << what << svg.err;
    pugi::xml_document doc;
    EXPECT_TRUE(doc.load_file((dir.path() / "out/g.svg").c_str())) << what;
    RunResult dot = run_cli("graph p/appexguard.toml --format dot", dir.path());
    ASSERT_EQ(dot.exit_code, 0) << what << dot.err;
    expect_inert_terminal(dot.out, what + ", DOT on stdout");
    RunResult threats = run_cli("threats p/appexguard.toml", dir.path());
    expect_inert_terminal(threats.out, what + ", threats text");
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
