#include <gtest/gtest.h>

#include <algorithm>

#include "analysis/analysis.hpp"
#include "graph/builder.hpp"
#include "graph/threats.hpp"
#include "graph_fixtures.hpp"
#include "load/model_loader.hpp"
#include "support/paths.hpp"

namespace axg::test {
namespace {

std::vector<graph::Threat> threats_of(const std::string& contract) {
    auto m = load_fixture(contract);
    EXPECT_TRUE(m);
    if (!m) {
        return {};
    }
    return analysis::Analysis(*m).threats();
}

const graph::Threat* find(const std::vector<graph::Threat>& threats, const std::string& id) {
    auto it = std::find_if(threats.begin(), threats.end(), [&](const graph::Threat& t) { return t.id == id; });
    return it == threats.end() ? nullptr : &*it;
}

std::string url_scheme(const std::string& classification, const std::string& extra) {
    return share_url_scheme_contract(classification, extra);
}

TEST(Threats, UrlSchemeWithPersonalDataIsSpoofableAndDisclosed) {
    auto t = threats_of(url_scheme("personal", ""));
    const auto* spoof = find(t, "spoofed-sender@channels.open");
    ASSERT_TRUE(spoof);
    EXPECT_EQ(spoof->entry->category, graph::Stride::Spoofing);
    EXPECT_EQ(spoof->status, graph::ThreatStatus::Unmitigated);
    EXPECT_EQ(spoof->severity, model::Severity::High);
    // A URL scheme is a public entry point: no sender can authenticate, so sender-auth is not asked for.
    EXPECT_EQ(spoof->missing, (graph::MitigationIds{"public-input", "signal-only"}));
    const auto* disclose = find(t, "disclosed-message@channels.open");
    ASSERT_TRUE(disclose);
    EXPECT_EQ(disclose->status, graph::ThreatStatus::Unmitigated);
    // A share extension (low) feeding the app (high): elevation applies; flooding only where a delivery costs
    // something (effect), which a URL that only opens a screen does not.
    EXPECT_TRUE(find(t, "elevated-by-input@channels.open"));
    EXPECT_FALSE(find(t, "flooded-receiver@channels.open"));
    EXPECT_GT(spoof->location.line, 0u);
}

// On a public entry point a token or a MAC is no mitigation (anyone can open it, no opener holds a key): the
// sensitive payload itself keeps spoofing open, and receiver validation alone answers elevation.
TEST(Threats, PublicEntryPointWithSensitiveDataStaysSpoofable) {
    auto t = threats_of(url_scheme("personal", "auth = \"token\"\nencryption = \"aead\"\nvalidation = \"receiver\"\n"));
    EXPECT_EQ(find(t, "spoofed-sender@channels.open")->status, graph::ThreatStatus::Unmitigated);
    EXPECT_EQ(find(t, "elevated-by-input@channels.open")->status, graph::ThreatStatus::Mitigated);
    EXPECT_EQ(find(t, "elevated-by-input@channels.open")->found, (graph::MitigationIds{"receiver-validation"}));
    EXPECT_TRUE(find(t, "elevated-by-input@channels.open")->missing.empty());
    EXPECT_EQ(find(t, "tampered-message@channels.open")->status, graph::ThreatStatus::Mitigated);
    // No opener holds a key, so encryption is not applicable; only a private transport would do, and a URL
    // scheme is not one.
    EXPECT_EQ(find(t, "disclosed-message@channels.open")->status, graph::ThreatStatus::Unmitigated);
    EXPECT_EQ(find(t, "disclosed-message@channels.open")->missing, (graph::MitigationIds{"private-transport"}));
}

TEST(Threats, PublicEntryPointThatValidatesOpaqueInputIsMitigated) {
    auto t = threats_of(url_scheme("public", "validation = \"receiver\"\n"));
    const auto* spoof = find(t, "spoofed-sender@channels.open");
    ASSERT_TRUE(spoof);
    EXPECT_EQ(spoof->status, graph::ThreatStatus::Mitigated);
    EXPECT_EQ(spoof->found, (graph::MitigationIds{"public-input"}));
    EXPECT_EQ(std::count(spoof->missing.begin(), spoof->missing.end(), "sender-auth"), 0);
    // Opening it again only redraws: no flood threat unless a delivery costs something.
    EXPECT_FALSE(find(t, "flooded-receiver@channels.open"));
    auto costly = threats_of(url_scheme("public", "validation = \"receiver\"\neffect = \"network\"\n"));
    EXPECT_TRUE(find(costly, "flooded-receiver@channels.open"));
}

TEST(Threats, DeclaredControlsMitigate) {
    std::string c = chain_contract("token", "receiver");
    auto t = threats_of(c);
    EXPECT_EQ(find(t, "spoofed-sender@channels.keyboard-to-app")->status, graph::ThreatStatus::Mitigated);
    EXPECT_EQ(find(t, "spoofed-sender@channels.keyboard-to-app")->found, (graph::MitigationIds{"sender-auth"}));
    EXPECT_EQ(find(t, "elevated-by-input@channels.keyboard-to-app")->status, graph::ThreatStatus::Mitigated);
}

// Repudiation needs someone to deny something to: a flow among equals or downwards has none.
TEST(Threats, RepudiationOnlyWhereTheFlowCrossesUp) {
    auto t = threats_of(chain_contract("token", "receiver"));
    EXPECT_TRUE(find(t, "repudiated-message@channels.keyboard-to-app")); // keyboard (low) -> app (high)
    EXPECT_FALSE(find(t, "repudiated-message@channels.app-to-widget"));  // app (high) -> widget (medium)
}

// Records stay by design; retention is asked of messages and caches only.
TEST(Threats, RecordsNeedNoRetention) {
    std::string c = chain_contract("token", "receiver");
    auto t = threats_of(c);
    EXPECT_FALSE(find(t, "kept-indefinitely@stores.vault"));    // a keychain group: records by default
    EXPECT_TRUE(find(t, "readable-while-locked@stores.vault")); // protection still matters for records
    std::string cache =
        replaced(c, "classification = \"credential\"", "classification = \"credential\"\nrole = \"cache\"");
    EXPECT_TRUE(find(threats_of(cache), "kept-indefinitely@stores.vault"));
}

// Threats and their severity use the effective classification: a credential schema field makes the channel's
// threats critical, however the channel is labelled.
TEST(Threats, SeverityFollowsTheEffectiveClassification) {
    std::string c =
        replaced(chain_contract("none", "none"), "max_len = 64 }", "max_len = 64, classification = \"credential\" }");
    auto threats = threats_of(c); // a named vector: `spoof` points into it
    const auto* spoof = find(threats, "spoofed-sender@channels.keyboard-to-app");
    ASSERT_TRUE(spoof);
    EXPECT_EQ(spoof->severity, model::Severity::Critical);
    EXPECT_NE(spoof->summary->find("credential"), std::string::npos) << *spoof->summary;
}

TEST(Threats, PublicDataDoesNotRaiseDisclosure) {
    auto t = threats_of(url_scheme("public", ""));
    EXPECT_FALSE(find(t, "disclosed-message@channels.open"));
    EXPECT_EQ(find(t, "spoofed-sender@channels.open")->severity, model::Severity::Low);
}

TEST(Threats, SharedContainerWithTwoUnpartitionedWriters) {
    std::string base = chain_contract("token", "receiver");
    auto t = threats_of(base);
    const auto* rewrite = find(t, "rewritten-by-member@stores.group");
    ASSERT_TRUE(rewrite);
    EXPECT_EQ(rewrite->status, graph::ThreatStatus::Unmitigated); // app and keyboard both write the root
    std::string partitioned = base;
    partitioned.replace(partitioned.find("retention = \"1d\""), 16,
                        "retention = \"1d\"\npartitions = { keyboard = \"kb\" }");
    auto tp = threats_of(partitioned);
    EXPECT_EQ(find(tp, "rewritten-by-member@stores.group")->status, graph::ThreatStatus::Mitigated); // one owner
    std::string three = partitioned;
    three.replace(three.find("members = [\"app\", \"keyboard\"]"), 29, "members = [\"app\", \"keyboard\", \"widget\"]");
    auto t3 = threats_of(three);
    EXPECT_EQ(find(t3, "rewritten-by-member@stores.group")->status, graph::ThreatStatus::Unmitigated);
    EXPECT_FALSE(find(t3, "rewritten-by-member@stores.vault")); // keychain items are not files
}

TEST(Threats, IdsAreStableAndSorted) {
    auto a = threats_of(url_scheme("personal", ""));
    auto b = threats_of(url_scheme("personal", ""));
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].id, b[i].id);
        EXPECT_EQ(a[i].id, std::string(a[i].entry->id) + "@" + a[i].target);
    }
    // No two threats share an ID.
    std::vector<std::string> ids;
    for (const auto& t : a) {
        ids.push_back(t.id);
    }
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
}

TEST(Threats, CleanExampleHasNoUnmitigatedThreatOfMediumImpact) {
    util::Diagnostics d;
    load::LoadOptions o;
    o.contract_path = (source_dir() / "contracts/examples/notes/appexguard.toml").string();
    auto m = load::load_model(o, d);
    ASSERT_TRUE(m);
    auto t = analysis::Analysis(*m).threats();
    EXPECT_GT(t.size(), 20u);
    for (const auto& x : t) {
        EXPECT_FALSE(x.status == graph::ThreatStatus::Unmitigated && x.severity >= model::Severity::Medium) << x.id;
    }
}

// Channels "open", "open-b" and "opener": a suppression of channels.open (or one of its threats) must
// reach exactly channels.open's threats, though "channels.open-b" sorts among them.
std::string three_channels(const std::string& suppression) {
    std::string c = url_scheme("personal", "");
    for (const char* id : {"open-b", "opener"}) {
        c += std::string("\n[channels.") + id +
             "]\ntransport = \"url-scheme\"\nscheme = \"x\"\nfrom = \"share\"\nto = [\"app\"]\n"
             "classification = \"personal\"\n";
    }
    return c + "\n[[suppressions]]\n" + suppression + "reason = \"accepted\"\n";
}

TEST(Threats, FindThreatAndThreatsUnderUseTheSortOrder) {
    auto t = threats_of(three_channels("rule = \"AXG501\"\ntarget = \"channels.open\"\n"));
    ASSERT_FALSE(t.empty());
    for (const auto& threat : t) {
        EXPECT_EQ(graph::find_threat(t, threat.id), &threat) << threat.id;
    }
    EXPECT_EQ(graph::find_threat(t, "spoofed-sender@channels.nope"), nullptr);
    EXPECT_EQ(graph::find_threat(t, "channels.open"), nullptr);
    auto [first, last] = graph::threats_under(t, "channels.open");
    std::size_t expected =
        std::count_if(t.begin(), t.end(), [](const graph::Threat& x) { return x.target.starts_with("channels.open"); });
    EXPECT_EQ(last - first, expected);
    for (const auto& threat : t) {
        EXPECT_EQ(threat.accepted.has_value(), threat.target == "channels.open" && graph::threat_is_reported(threat))
            << threat.id;
    }
    auto one = threats_of(three_channels("target = \"spoofed-sender@channels.open-b\"\n"));
    for (const auto& threat : one) {
        EXPECT_EQ(threat.accepted.has_value(), threat.id == "spoofed-sender@channels.open-b") << threat.id;
    }
}

} // namespace
} // namespace axg::test
