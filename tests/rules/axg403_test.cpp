// AXG403: fires on a removed optional field under backward, with or without a version bump, until a migration
// covers it; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg403, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
)axg",
                 R"axg()axg");
    auto f = drift_findings("AXG403", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(field "body": optional string field removed)axg"), std::string::npos)
        << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

TEST(Axg403, FixOffersTheBumpAndTheMigrationWhileTheVersionStays) {
    auto f = drift_findings("AXG403", drift_project(), without_body(drift_project()));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].fix, "keep the field (stop writing it, keep accepting it) until no reader or stored message needs "
                        "it; or set version = 2 and declare [[schemas.Note.migrations]] from = 1, to = 2, readers = "
                        "\"dual-read\" | \"upgrade-in-place\" | \"discard\"");
}

TEST(Axg403, FiresWhenTheVersionIsBumpedWithoutAMigration) {
    auto f = drift_findings("AXG403", drift_project(), note_bumped(without_body(drift_project())));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, model::Severity::High);
    EXPECT_NE(f[0].message.find("no declared migration leads from 1 to 2"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].fix.starts_with("declare [[schemas.Note.migrations]] from = 1, to = 2, readers = ")) << f[0].fix;
    EXPECT_EQ(f[0].fix.find("version ="), std::string::npos) << "already bumped: " << f[0].fix;
}

TEST(Axg403, QuietWhenTheVersionIsBumpedWithAMigration) {
    EXPECT_TRUE(
        drift_findings("AXG403", drift_project(), note_bumped(without_body(drift_project()), "discard")).empty());
}

// A required field removed under full also breaks old readers of new data: "upgrade-in-place" does nothing for them.
TEST(Axg403, FiresWhenTheMigrationLeavesOldReadersBroken) {
    auto full = [](ProjectFiles p) {
        p.contract = replaced(p.contract, "compatibility = \"backward\"\nfields.title",
                              "compatibility = \"full\"\nfields.title");
        return p;
    };
    auto head = full(drift_project());
    head.contract =
        replaced(head.contract,
                 R"axg(fields.title = { type = "string", required = true, max_len = 256, classification = "personal" }
)axg",
                 "");
    auto f = drift_findings("AXG403", full(drift_project()), note_bumped(head, "upgrade-in-place"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("leave old readers of new data broken"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].fix.find("readers = \"dual-read\"; or"), std::string::npos) << f[0].fix;
    EXPECT_TRUE(drift_findings("AXG403", full(drift_project()), note_bumped(head, "dual-read")).empty());
}

TEST(Axg403, QuietForAnOptionalFieldUnderForward) {
    auto base = drift_project();
    auto head = drift_project();
    base.contract = replaced(base.contract, R"axg(compatibility = "backward"
fields.title)axg",
                             R"axg(compatibility = "forward"
fields.title)axg");
    head.contract = replaced(head.contract, R"axg(compatibility = "backward"
fields.title)axg",
                             R"axg(compatibility = "forward"
fields.title)axg");
    head.contract =
        replaced(head.contract, R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
)axg",
                 R"axg()axg");
    EXPECT_TRUE(drift_findings("AXG403", base, head).empty());
}

TEST(Axg403, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG403", p, p).empty());
}

} // namespace
} // namespace axg::test
