// AXG410: fires on a breaking change with the versions unchanged (the contract's major also when the schema's
// version went up without a migration); quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg410, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
)axg",
                 R"axg()axg");
    auto f = drift_findings("AXG410", base, head);
    ASSERT_EQ(f.size(), 2u) << "the schema and the contract version";
    EXPECT_NE(f[1].message.find(R"axg(its version stays 1)axg"), std::string::npos) << f[1].message;
    EXPECT_NE(f[0].message.find("without a major bump"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg410, QuietWhenSchemaAndContractVersionsAreBumped) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
)axg",
                 R"axg()axg");
    head.contract = replaced(head.contract, R"axg([schemas.Note]
version = 1)axg",
                             R"axg([schemas.Note]
version = 2)axg");
    head.contract =
        replaced(head.contract, R"axg(contract_version = "1.2.0")axg", R"axg(contract_version = "2.0.0")axg");
    EXPECT_TRUE(drift_findings("AXG410", base, head).empty());
}

TEST(Axg410, SchemaFixNamesTheMigrationToDeclare) {
    auto f = drift_findings("AXG410", drift_project(), without_body(drift_project()));
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[1].target, "schemas.Note");
    EXPECT_NE(f[1].fix.find("set version = 2, declare [[schemas.Note.migrations]] from = 1, to = 2"), std::string::npos)
        << f[1].fix;
}

// The schema's version went up: its half is quiet, but an unmigrated break still asks for the contract's major.
TEST(Axg410, ContractMajorStillFiresWhenTheVersionIsBumpedWithoutAMigration) {
    auto f = drift_findings("AXG410", drift_project(), note_bumped(without_body(drift_project())));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target, "project");
    EXPECT_NE(f[0].message.find("without a major bump"), std::string::npos) << f[0].message;
}

// A migrated change is not breaking for anyone the contract describes: no contract major bump either.
TEST(Axg410, QuietWhenTheVersionIsBumpedWithAMigration) {
    EXPECT_TRUE(
        drift_findings("AXG410", drift_project(), note_bumped(without_body(drift_project()), "dual-read")).empty());
}

TEST(Axg410, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG410", p, p).empty());
}

} // namespace
} // namespace axg::test
