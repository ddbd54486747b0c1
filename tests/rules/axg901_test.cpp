// Suppressions: AXG901 (expired) and what an expired or live suppression does to the finding it names.

#include <cstdlib>

#include <gtest/gtest.h>

#include "analysis/analysis.hpp"
#include "support/paths.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

// A finding to suppress: AXG210 on channels.c (personal data, not audited).
std::string contract(const std::string& expires) {
    return k_base + channel("c", {{"audit", ""}}) + R"(
[[suppressions]]
rule = "AXG210"
target = "channels.c"
reason = "audited by the server on import"
expires = ")" +
           expires + "\"\n";
}

const model::Finding* find(const check::CheckResult& r, std::string_view rule) {
    for (const auto& f : r.findings) {
        if (f.rule_id == rule) {
            return &f;
        }
    }
    return nullptr;
}

class Axg901 : public ::testing::Test {
protected:
    void SetUp() override { ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1); }
};

TEST_F(Axg901, ExpiredSuppressionFiresAndStopsSuppressing) {
    auto r = run_all(contract("2026-05-31"));
    const model::Finding* expired = find(r, "AXG901");
    ASSERT_NE(expired, nullptr);
    EXPECT_NE(expired->message.find("2026-05-31"), std::string::npos);
    EXPECT_GT(expired->location.line, 0u);
    const model::Finding* original = find(r, "AXG210");
    ASSERT_NE(original, nullptr);
    EXPECT_FALSE(original->suppressed.has_value());
}

TEST_F(Axg901, LiveSuppressionSuppressesWithItsReason) {
    auto r = run_all(contract("2026-06-01")); // expires today: still valid
    EXPECT_EQ(find(r, "AXG901"), nullptr);
    const model::Finding* original = find(r, "AXG210");
    ASSERT_NE(original, nullptr);
    ASSERT_TRUE(original->suppressed.has_value());
    EXPECT_EQ(original->suppressed->reason, "audited by the server on import");
    EXPECT_EQ(r.suppressed_count(), 1u);
}

TEST_F(Axg901, JsonReportsTheSuppressedFindingWithItsReason) {
    std::string dir = write_fixture(contract("2027-01-31"));
    auto r = run_cli("check appexguard.toml --format json", dir);
    EXPECT_NE(r.exit_code, 2) << r.err;
    EXPECT_NE(r.out.find("\"AXG210\""), std::string::npos);
    EXPECT_NE(r.out.find("audited by the server on import"), std::string::npos);
    EXPECT_NE(r.out.find("2027-01-31"), std::string::npos);
}

// An expired threat suppression accepts nothing: the threat is open again, in the check and in the threats.
TEST_F(Axg901, ExpiredThreatSuppressionLeavesTheThreatOpen) {
    std::string c = share_url_scheme_contract("personal", R"(
[[suppressions]]
target = "spoofed-sender@channels.open"
reason = "the app asks the user to confirm"
expires = 2026-05-31
)");
    auto r = run_all(c);
    const model::Finding* expired = find(r, "AXG901");
    ASSERT_NE(expired, nullptr);
    EXPECT_NE(expired->message.find("spoofed-sender@channels.open"), std::string::npos) << expired->message;
    bool open = false;
    for (const auto& f : r.findings) {
        if (f.threat == "spoofed-sender@channels.open") {
            open = !f.suppressed;
        }
    }
    EXPECT_TRUE(open);
    auto m = load_fixture(c);
    ASSERT_TRUE(m);
    const analysis::Analysis a(*m);
    for (const auto& t : a.threats()) {
        EXPECT_FALSE(t.accepted) << t.id;
    }
}

TEST_F(Axg901, TodayComesFromTheEnvironment) {
    ::setenv("APPEXGUARD_TODAY", "2027-06-01", 1);
    auto r = run_all(contract("2027-01-31"));
    EXPECT_NE(find(r, "AXG901"), nullptr);
}

} // namespace
} // namespace axg::test
