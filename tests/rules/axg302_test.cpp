#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string replace(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

TEST(Axg302, FiresOnNewerProducerWithBackwardCompatibility) {
    auto f = run_rule("AXG302",
                      replace(replace(k_base, "share\"\nschemas = { Note = 1 }", "share\"\nschemas = { Note = 2 }"),
                              "version = 1", "version = 2") +
                          channel("c"));
    ASSERT_EQ(f.size(), 1u);
    for (const auto& x : f) {
        EXPECT_GT(x.location.line, 0u) << x.message;
        EXPECT_NE(x.location.file.str().find("appexguard.toml"), std::string::npos);
    }
}

TEST(Axg302, QuietWhenForwardCompatible) {
    auto f = run_rule(
        "AXG302", replace(replace(replace(k_base, "share\"\nschemas = { Note = 1 }", "share\"\nschemas = { Note = 2 }"),
                                  "version = 1", "version = 2"),
                          "\"backward\"", "\"forward\"") +
                      channel("c"));
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
}

} // namespace
} // namespace axg::test
