#include <gtest/gtest.h>

#include "support/paths.hpp"

namespace axg::test {
namespace {

const std::string k_notes = "contracts/examples/notes/appexguard.toml";

TEST(GraphThreatsE2e, ThreatsListIsStableAndExitsZero) {
    auto a = run_cli("threats " + k_notes);
    EXPECT_EQ(a.exit_code, 0) << a.err;
    EXPECT_NE(a.out.find("spoofed-sender@channels.share-to-app"), std::string::npos);
    EXPECT_EQ(a.out, run_cli("threats " + k_notes).out);
}

TEST(GraphThreatsE2e, ThreatsAsJsonAndMarkdown) {
    auto j = run_cli("threats " + k_notes + " --format json");
    EXPECT_EQ(j.exit_code, 0) << j.err;
    EXPECT_NE(j.out.find("\"mitigations_missing\""), std::string::npos);
    auto m = run_cli("threats " + k_notes + " --format markdown");
    EXPECT_EQ(m.exit_code, 0) << m.err;
    EXPECT_NE(m.out.find("| status | severity | STRIDE |"), std::string::npos);
}

TEST(GraphThreatsE2e, CompromisedShareExtensionShowsPaths) {
    auto r = run_cli("threats " + k_notes + " --compromised share");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Blast radius of \"share\""), std::string::npos);
    EXPECT_NE(r.out.find("path: share -["), std::string::npos);
    EXPECT_NE(r.out.find("stores.keychain"), std::string::npos);
}

TEST(GraphThreatsE2e, UnknownComponentOrViewExitsTwo) {
    auto r = run_cli("threats " + k_notes + " --compromised nobody");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("nobody"), std::string::npos);
    auto g = run_cli("graph " + k_notes + " --view blast:nobody");
    EXPECT_EQ(g.exit_code, 2);
    auto missing = run_cli("graph no/such/appexguard.toml");
    EXPECT_EQ(missing.exit_code, 2);
}

TEST(GraphThreatsE2e, GraphWritesDotToStdoutAndSvgToAFile) {
    auto d = run_cli("graph " + k_notes);
    EXPECT_EQ(d.exit_code, 0) << d.err;
    EXPECT_EQ(d.out.rfind("digraph appexguard {", 0), 0u);
    auto out = std::filesystem::temp_directory_path() / "appexguard-graph-e2e.svg";
    auto s = run_cli("graph " + k_notes + " --format svg --view threats -o " + out.string());
    EXPECT_EQ(s.exit_code, 0) << s.err;
    EXPECT_NE(read_text(out).find("</svg>"), std::string::npos);
    std::filesystem::remove(out);
}

TEST(GraphThreatsE2e, CheckOnTheCleanExampleRaisesNo5xxFinding) {
    auto r = run_cli("check " + k_notes + " --format json --fail-on never");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    for (const char* id : {"AXG501", "AXG502", "AXG503"}) {
        EXPECT_EQ(r.out.find(id), std::string::npos) << id;
    }
}

} // namespace
} // namespace axg::test
