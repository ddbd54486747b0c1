// [[schemas.ID.migrations]] in the contract (docs/contract-format.md): read with their locations, written back
// by the contract writer. The errors (exit 2, file:line:column) are cases of LoadContractMalformed.

#include <gtest/gtest.h>

#include "load/toml/contract_loader.hpp"
#include "load/toml/contract_writer.hpp"

namespace axg::load {
namespace {

const char* k_contract = R"([project]
name = "X"
contract_version = "2.0.0"

[schemas.Note]
version = 3
fields.title = { type = "string", required = true }

[[schemas.Note.migrations]]
from = 1
to = 2
readers = "upgrade-in-place"
note = "the app rewrites inbox/*.json on first launch"

[[schemas.Note.migrations]]
from = 2
to = 3
readers = "discard"
)";

TEST(SchemaMigrations, AreReadWithTheirLocations) {
    util::Diagnostics d;
    auto c = parse_contract(k_contract, "appexguard.toml", d);
    ASSERT_TRUE(c) << d.sorted().at(0).str();
    const auto& m = c->schemas.at("Note").migrations;
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].from, 1);
    EXPECT_EQ(m[0].to, 2);
    EXPECT_EQ(m[0].readers, model::MigrationReaders::UpgradeInPlace);
    EXPECT_EQ(m[0].note, "the app rewrites inbox/*.json on first launch");
    EXPECT_EQ(m[0].at("readers").line, 12u);
    EXPECT_EQ(m[1].readers, model::MigrationReaders::Discard);
    EXPECT_EQ(m[1].note, "");
    EXPECT_EQ(m[1].at("from").line, 16u);
}

TEST(SchemaMigrations, InlineTablesAndNoneAtAll) {
    util::Diagnostics d;
    auto c = parse_contract(R"([project]
name = "X"
contract_version = "2.0.0"

[schemas.A]
version = 2
migrations = [{ from = 1, to = 2, readers = "dual-read" }]

[schemas.B]
version = 2
migrations = []
)",
                            "appexguard.toml", d);
    ASSERT_TRUE(c) << d.sorted().at(0).str();
    ASSERT_EQ(c->schemas.at("A").migrations.size(), 1u);
    EXPECT_EQ(c->schemas.at("A").migrations[0].readers, model::MigrationReaders::DualRead);
    EXPECT_TRUE(c->schemas.at("B").migrations.empty());
}

TEST(SchemaMigrations, ReportsEveryBadMigrationNotOnlyTheFirst) {
    util::Diagnostics d;
    EXPECT_FALSE(parse_contract(R"([project]
name = "X"
contract_version = "2.0.0"

[schemas.A]
version = 2
migrations = [{ from = 2, to = 1, readers = "dual-read" }, { from = 1, to = 5, readers = "discard" }]
)",
                                "appexguard.toml", d));
    ASSERT_EQ(d.size(), 2u);
    EXPECT_NE(d.sorted()[0].str().find("not below \"to\""), std::string::npos) << d.sorted()[0].str();
    EXPECT_NE(d.sorted()[1].str().find("above the schema's version 2"), std::string::npos) << d.sorted()[1].str();
}

TEST(SchemaMigrations, SurviveTheContractWriter) {
    util::Diagnostics d;
    auto c = parse_contract(k_contract, "appexguard.toml", d);
    ASSERT_TRUE(c);
    std::string written = write_contract(*c);
    EXPECT_NE(written.find("[[schemas.Note.migrations]]\nfrom = 1\nto = 2\nreaders = \"upgrade-in-place\"\n"
                           "note = \"the app rewrites inbox/*.json on first launch\"\n"),
              std::string::npos)
        << written;
    auto again = parse_contract(written, "written.toml", d);
    ASSERT_TRUE(again) << d.sorted().at(0).str();
    EXPECT_TRUE(*again == *c);
    EXPECT_EQ(again->schemas.at("Note").migrations, c->schemas.at("Note").migrations);
}

} // namespace
} // namespace axg::load
