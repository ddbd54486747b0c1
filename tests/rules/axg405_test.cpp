// AXG405: fires on a required field added (or made required) under backward, with or without a version bump,
// until a migration covers it; quiet otherwise.
#include <gtest/gtest.h>

#include "support/drift_fixture.hpp"

namespace axg::test {
namespace {

TEST(Axg405, Fires) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
)axg",
                 R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
fields.lang = { type = "string", required = true, max_len = 8 }
)axg");
    auto f = drift_findings("AXG405", base, head);
    ASSERT_GE(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(field "lang": required string field added)axg"), std::string::npos)
        << f[0].message;
    EXPECT_NE(f[0].message.find("base-ref"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].location.has_line() || f[0].location.file.str().ends_with("appexguard.toml"));
}

ProjectFiles body_required(ProjectFiles p) {
    p.contract = replaced(p.contract, R"axg(fields.body = { type = "string", max_len = 4096)axg",
                          R"axg(fields.body = { type = "string", required = true, max_len = 4096)axg");
    return p;
}

TEST(Axg405, FiresOnAFieldMadeRequiredWhileTheVersionStays) {
    auto f = drift_findings("AXG405", drift_project(), body_required(drift_project()));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find(R"axg(field "body": required false -> true)axg"), std::string::npos) << f[0].message;
    EXPECT_TRUE(f[0].fix.starts_with("keep the field optional with a default on the reader side; or set version = 2 "
                                     "and declare [[schemas.Note.migrations]] from = 1, to = 2"))
        << f[0].fix;
}

TEST(Axg405, FiresWhenTheVersionIsBumpedWithoutAMigration) {
    auto f = drift_findings("AXG405", drift_project(), note_bumped(body_required(drift_project())));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].fix.starts_with("declare [[schemas.Note.migrations]] from = 1, to = 2, readers = ")) << f[0].fix;
    EXPECT_EQ(f[0].fix.find("version ="), std::string::npos) << "already bumped: " << f[0].fix;
}

// Dropping old data that lacks the field is a migration too: the new reader never meets a record without it.
TEST(Axg405, QuietWhenTheVersionIsBumpedWithAMigration) {
    for (const char* readers : {"dual-read", "upgrade-in-place", "discard"}) {
        EXPECT_TRUE(
            drift_findings("AXG405", drift_project(), note_bumped(body_required(drift_project()), readers)).empty())
            << readers;
    }
}

TEST(Axg405, QuietForAnOptionalFieldAdded) {
    auto base = drift_project();
    auto head = drift_project();
    head.contract =
        replaced(head.contract, R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
)axg",
                 R"axg(fields.body = { type = "string", max_len = 4096, classification = "personal" }
fields.lang = { type = "string", max_len = 8 }
)axg");
    EXPECT_TRUE(drift_findings("AXG405", base, head).empty());
}

TEST(Axg405, QuietWithoutChanges) {
    auto p = drift_project();
    EXPECT_TRUE(drift_findings("AXG405", p, p).empty());
}

} // namespace
} // namespace axg::test
