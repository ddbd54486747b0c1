#include <gtest/gtest.h>

#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string contract(const std::string& target) {
    return k_base + channel("c", {{"audit", ""}}) + R"(
[[suppressions]]
rule = "AXG210"
target = ")" +
           target + R"("
reason = "accepted"
expires = "2099-01-01"
)";
}

std::size_t count(const check::CheckResult& r, std::string_view rule) {
    std::size_t n = 0;
    for (const auto& f : r.findings) {
        n += f.rule_id == rule;
    }
    return n;
}

TEST(Axg902, FiresOnSuppressionThatMatchesNothing) {
    auto r = run_all(contract("channels.renamed"));
    EXPECT_EQ(count(r, "AXG902"), 1u);
    EXPECT_EQ(r.suppressed_count(), 0u);
}

TEST(Axg902, QuietWhenItMatchesAnEnclosedTarget) {
    auto r = run_all(contract("channels"));
    EXPECT_EQ(count(r, "AXG902"), 0u);
    EXPECT_EQ(r.suppressed_count(), 1u);
}

// The baseline channel "c" (every control declared) and a suppression of the threat id `threat`.
std::string threat_contract(const std::string& threat) {
    return k_base + channel("c") + "\n[[suppressions]]\ntarget = \"" + threat + "\"\nreason = \"accepted\"\n";
}

const model::Finding* only(const check::CheckResult& r, std::string_view rule) {
    const model::Finding* out = nullptr;
    for (const auto& f : r.findings) {
        if (f.rule_id == rule) {
            EXPECT_EQ(out, nullptr) << "a second " << rule << ": " << f.message;
            out = &f;
        }
    }
    return out;
}

TEST(Axg902, AThreatIdWithATypoSaysItNamesNoThreat) {
    auto result = run_all(threat_contract("spoofed-sendr@channels.c")); // named: `f` points into it
    const model::Finding* f = only(result, "AXG902");
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->message.find("names no threat"), std::string::npos) << f->message;
    EXPECT_NE(f->message.find("did you mean \"spoofed-sender@channels.c\""), std::string::npos) << f->message;
    EXPECT_GT(f->location.line, 0u);
}

// The threat exists, but the channel authenticates its sender: AXG501 has nothing to suppress.
TEST(Axg902, AThreatIdOfAThreatAxg501DoesNotReportSaysWhy) {
    auto result = run_all(threat_contract("spoofed-sender@channels.c")); // named: `f` points into it
    const model::Finding* f = only(result, "AXG902");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->message.find("names no threat"), std::string::npos) << f->message;
    EXPECT_NE(f->message.find("does not report the threat (it is mitigated)"), std::string::npos) << f->message;
}

} // namespace
} // namespace axg::test
