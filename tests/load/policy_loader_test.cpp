#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "load/toml/policy_loader.hpp"
#include "support/paths.hpp"
#include "support/rule_fixture.hpp"

namespace axg::test {
namespace {

TEST(PolicyLoader, BuiltinsLoad) {
    auto names = load::builtin_policy_names();
    EXPECT_NE(std::find(names.begin(), names.end(), "baseline"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "strict"), names.end());
    auto baseline = builtin_policy("baseline");
    auto strict = builtin_policy("strict");
    ASSERT_TRUE(baseline.max_token_ttl && strict.max_token_ttl);
    EXPECT_LT(*strict.max_token_ttl, *baseline.max_token_ttl);
    EXPECT_TRUE(baseline.requirements(model::Classification::Credential).auth);
    EXPECT_FALSE(baseline.requirements(model::Classification::Public).auth);
    EXPECT_EQ(strict.severity_overrides.at("AXG209"), model::Severity::High);
}

TEST(PolicyLoader, UserFileExtendsABuiltin) {
    util::Diagnostics d;
    auto p = load::parse_policy(R"([policy]
name = "acme"
extends = "baseline"
max_token_ttl = "10m"
disabled_rules = ["AXG215"]
[policy.severity]
AXG210 = "high"
[classifications.public]
audit = true
)",
                                "acme.toml", d);
    ASSERT_TRUE(p) << (d.empty() ? "" : d.items()[0].str());
    EXPECT_EQ(p->name, "acme");
    EXPECT_EQ(*p->max_token_ttl, std::chrono::minutes(10));
    EXPECT_TRUE(p->disabled_rules.count("AXG215"));
    EXPECT_EQ(p->severity_overrides.at("AXG210"), model::Severity::High);
    EXPECT_TRUE(p->requirements(model::Classification::Public).audit);
    EXPECT_TRUE(p->requirements(model::Classification::Public).validation); // kept from baseline
    EXPECT_TRUE(p->requirements(model::Classification::Personal).auth);
}

TEST(PolicyLoader, ErrorsAreLocated) {
    util::Diagnostics d;
    auto p = load::parse_policy("[policy]\nname = \"x\"\nmax_token_ttl = \"soon\"\n[classifications.secret]\n"
                                "auth = true\n",
                                "bad.toml", d);
    EXPECT_FALSE(p);
    ASSERT_EQ(d.size(), 2u);
    auto sorted = d.sorted();
    EXPECT_EQ(sorted[0].location.line, 3u);
    EXPECT_EQ(sorted[1].location.line, 4u);
    EXPECT_NE(sorted[1].message.find("not a classification"), std::string::npos);
}

TEST(PolicyLoader, CheckPolicyFlagAndUnknownName) {
    std::string dir = write_fixture(k_base + channel("c", {{"token_ttl", "\"30m\""}, {"token_rotation", "false"}}));
    auto baseline = run_cli("check appexguard.toml", dir);
    EXPECT_NE(baseline.exit_code, 2) << baseline.err;
    EXPECT_EQ(baseline.out.find("AXG203"), std::string::npos) << baseline.out;
    auto strict = run_cli("check appexguard.toml --policy strict", dir);
    EXPECT_EQ(strict.exit_code, 1);
    EXPECT_NE(strict.out.find("AXG203"), std::string::npos) << strict.out;
    auto unknown = run_cli("check appexguard.toml --policy nonsense", dir);
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("\"nonsense\" is neither a built-in policy"), std::string::npos) << unknown.err;
}

TEST(PolicyLoader, ContractPolicyFileRelativeToContract) {
    std::string dir = write_fixture(
        k_base + channel("c", {{"audit", ""}}),
        {{"policies/acme.toml", "[policy]\nname = \"acme\"\nextends = \"baseline\"\ndisabled_rules = [\"AXG210\"]\n"}});
    // project.policy is set by appending to [project]: rewrite the file's first table.
    std::string contract = read_text(std::filesystem::path(dir) / "appexguard.toml");
    contract.insert(contract.find("\n[components.app]"), "policy = \"policies/acme.toml\"\n");
    std::ofstream(std::filesystem::path(dir) / "appexguard.toml") << contract;
    auto own = run_cli("check appexguard.toml", dir);
    EXPECT_NE(own.exit_code, 2) << own.err;
    EXPECT_EQ(own.out.find("AXG210"), std::string::npos) << own.out; // disabled by policies/acme.toml
    auto baseline = run_cli("check appexguard.toml --policy baseline", dir);
    EXPECT_NE(baseline.out.find("AXG210"), std::string::npos) << baseline.out;
}

} // namespace
} // namespace axg::test
