#include <gtest/gtest.h>

#include <map>

#include "analysis/analysis.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

std::string contract(const std::string& controls) {
    return share_url_scheme_contract("personal", controls);
}

TEST(Axg501, FiresOncePerUnmitigatedThreat) {
    auto f = run_rule("AXG501", contract(""));
    ASSERT_FALSE(f.empty());
    bool spoof = false;
    for (const auto& x : f) {
        EXPECT_EQ(x.target, "channels.open");
        EXPECT_GT(x.location.line, 0u);
        spoof = spoof || x.message.find("spoofed-sender@channels.open") != std::string::npos;
    }
    EXPECT_TRUE(spoof);
}

TEST(Axg501, QuietOnceEveryThreatHasAMitigation) {
    std::string c = contract("auth = \"mutual-token\"\nencryption = \"aead\"\nvalidation = \"both\"\n"
                             "audit = true\nrate_limit = \"5/s\"\n");
    c = replaced(c, "transport = \"url-scheme\"\nscheme = \"x\"", "transport = \"xpc\"");
    auto f = run_rule("AXG501", c);
    EXPECT_TRUE(f.empty()) << f.front().message;
}

// A URL scheme carrying personal data cannot be mitigated by a token or a key (no opener holds one): spoofing asks
// for an opaque payload, and disclosure stays open on a transport another app can claim.
TEST(Axg501, PublicEntryPointAsksForValidationAndAnOpaquePayload) {
    auto f = run_rule("AXG501", contract("auth = \"mutual-token\"\nencryption = \"aead\"\nvalidation = \"both\"\n"
                                         "audit = true\nrate_limit = \"5/s\"\n"));
    ASSERT_EQ(f.size(), 2u);
    EXPECT_NE(f[0].message.find("spoofed-sender@channels.open"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].fix.find("opaque references"), std::string::npos) << f[0].fix;
    EXPECT_EQ(f[0].fix.find("auth ="), std::string::npos) << f[0].fix;
    EXPECT_NE(f[1].message.find("disclosed-message@channels.open"), std::string::npos) << f[1].message;
    EXPECT_EQ(f[1].fix.find("encryption"), std::string::npos) << f[1].fix;
}

// The finding's severity is the threat's, and the message carries no other severity word.
TEST(Axg501, SeverityIsTheThreats) {
    auto f = run_rule("AXG501", contract(""));
    ASSERT_FALSE(f.empty());
    for (const auto& x : f) {
        EXPECT_EQ(x.severity, model::Severity::High) << x.message; // personal data: high impact
        for (std::string word : {"(low)", "(medium)", "(high)", "(critical)"}) {
            EXPECT_EQ(x.message.find(word), std::string::npos) << x.message;
        }
    }
}

// What a control left "unknown" could mitigate is AXG905's to ask, not a threat to restate: with every control
// unknown only the threats that no control can answer (repudiation: audit; flooding: rate_limit, a bounded schema)
// remain, and they go once those are declared.
TEST(Axg501, ThreatsAnUnknownControlCouldMitigateAreNotRestated) {
    auto messages = [](const std::vector<model::Finding>& f) {
        std::string out;
        for (const auto& x : f) {
            out += x.message + "\n";
        }
        return out;
    };
    // The URL scheme of contract() costs something on every open, so flooding applies too.
    auto f = run_rule("AXG501", contract("auth = \"unknown\"\nencryption = \"unknown\"\nvalidation = \"unknown\"\n"
                                         "effect = \"writes\"\n"));
    std::string all = messages(f);
    EXPECT_EQ(all.find("spoofed-sender@"), std::string::npos) << all;
    EXPECT_EQ(all.find("tampered-message@"), std::string::npos) << all;
    EXPECT_EQ(all.find("elevated-by-input@"), std::string::npos) << all;
    // Disclosure waits for no answer: no key helps on a public entry point, and a URL scheme is not private.
    EXPECT_NE(all.find("disclosed-message@channels.open"), std::string::npos) << all;
    EXPECT_NE(all.find("repudiated-message@channels.open"), std::string::npos) << all;
    EXPECT_NE(all.find("flooded-receiver@channels.open"), std::string::npos) << all;
    // Answering "none" makes them definite again (on a public entry point, validation is what spoofing waits for).
    f = run_rule("AXG501", contract("auth = \"unknown\"\nencryption = \"unknown\"\nvalidation = \"none\"\n"));
    EXPECT_NE(messages(f).find("spoofed-sender@channels.open"), std::string::npos) << messages(f);
    f = run_rule("AXG501", contract("auth = \"unknown\"\nencryption = \"unknown\"\nvalidation = "
                                    "\"unknown\"\naudit = true\nrate_limit = \"5/s\"\neffect = \"writes\"\n"));
    ASSERT_EQ(f.size(), 1u) << messages(f);
    EXPECT_NE(f[0].message.find("disclosed-message@channels.open"), std::string::npos);
}

std::string suppression(const std::string& rule, const std::string& target, const std::string& expires = "2099-01-01") {
    return "\n[[suppressions]]\n" + (rule.empty() ? std::string() : "rule = \"" + rule + "\"\n") + "target = \"" +
           target + "\"\nreason = \"the app asks the user to confirm\"\nexpires = " + expires + "\n";
}

// The AXG501 findings of a whole check, by threat id: whether each is suppressed.
std::map<std::string, bool> threat_findings(const check::CheckResult& r) {
    std::map<std::string, bool> out;
    for (const auto& f : r.findings) {
        if (f.rule_id == "AXG501") {
            out[f.threat] = f.suppressed.has_value();
        }
    }
    return out;
}

TEST(Axg501, FindingsCarryTheirThreatId) {
    for (const auto& f : run_rule("AXG501", contract(""))) {
        EXPECT_NE(f.message.find(f.threat), std::string::npos) << f.threat;
        EXPECT_TRUE(f.threat.ends_with("@channels.open")) << f.threat;
    }
}

TEST(Axg501, SuppressingOneThreatIdHidesExactlyItsFinding) {
    auto before = threat_findings(run_all(contract("")));
    ASSERT_TRUE(before.count("spoofed-sender@channels.open"));
    ASSERT_TRUE(before.count("disclosed-message@channels.open"));
    for (const std::string rule : {"", "AXG501"}) {
        auto r = run_all(contract(suppression(rule, "spoofed-sender@channels.open")));
        auto after = threat_findings(r);
        EXPECT_EQ(after.size(), before.size());
        for (const auto& [threat, suppressed] : after) {
            EXPECT_EQ(suppressed, threat == "spoofed-sender@channels.open") << threat << " rule=" << rule;
        }
        EXPECT_EQ(r.suppressed_count(), 1u);
        for (const auto& f : r.findings) {
            EXPECT_NE(f.rule_id, "AXG902") << f.message;
        }
    }
}

TEST(Axg501, AChannelTargetStillSuppressesEveryThreatOnIt) {
    auto after = threat_findings(run_all(contract(suppression("AXG501", "channels.open"))));
    ASSERT_GT(after.size(), 1u);
    for (const auto& [threat, suppressed] : after) {
        EXPECT_TRUE(suppressed) << threat;
    }
}

TEST(Axg501, AcceptedThreatsCarryTheSuppressionAndOnlyThose) {
    auto m = load_fixture(contract(suppression("", "spoofed-sender@channels.open")));
    ASSERT_TRUE(m);
    const analysis::Analysis a(*m);
    std::size_t accepted = 0;
    for (const auto& t : a.threats()) {
        if (t.accepted) {
            ++accepted;
            EXPECT_EQ(t.id, "spoofed-sender@channels.open");
            EXPECT_EQ(t.accepted->reason, "the app asks the user to confirm");
            EXPECT_EQ(t.accepted->expires, "2099-01-01");
            EXPECT_GT(t.accepted->location.line, 0u);
            EXPECT_EQ(graph::threat_shown_status(t), "accepted");
        }
    }
    EXPECT_EQ(accepted, 1u);
}

TEST(Axg501, LowImpactThreatsAreNotFindings) {
    std::string c = contract("");
    c.replace(c.find("classification = \"personal\""), 27, "classification = \"public\"\nvalidation = \"receiver\"");
    // Spoofing, repudiation and flooding remain unmitigated, on public data: listed, not findings.
    EXPECT_TRUE(run_rule("AXG501", c).empty());
}

} // namespace
} // namespace axg::test
