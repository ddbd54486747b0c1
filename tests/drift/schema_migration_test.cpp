// Declared migrations against breaking changes (drift/schema_migration.hpp, docs/drift.md#migrations): the state
// diff_schema gives each change, chains, the readers each side needs, and the fix text per state.

#include <gtest/gtest.h>

#include "drift/schema_diff.hpp"
#include "drift/schema_migration.hpp"

namespace axg::drift {
namespace {

using model::Compatibility;
using model::Field;
using model::FieldType;
using model::Migration;
using model::MigrationReaders;
using model::Schema;

Schema schema(std::int64_t version, Compatibility mode, bool note_required = false) {
    Schema s;
    s.id = "S";
    s.version = version;
    s.compatibility = mode;
    Field note;
    note.id = "note";
    note.required = note_required;
    Field title;
    title.id = "title";
    title.required = true;
    s.fields = {note, title};
    return s;
}

Schema without_note(Schema s) {
    s.fields.erase(s.fields.begin());
    return s;
}

Migration migration(std::int64_t from, std::int64_t to, MigrationReaders readers) {
    Migration m;
    m.from = from;
    m.to = to;
    m.readers = readers;
    return m;
}

// The state of the one change (the note field removed) from `base` to `head`.
MigrationState state(const Schema& base, const Schema& head) {
    auto changes = diff_schema(base, head);
    EXPECT_EQ(changes.size(), 1u);
    return changes.empty() ? MigrationState::NotNeeded : changes[0].migration;
}

TEST(SchemaMigration, NotBumpedWhenTheVersionStays) {
    Schema head = without_note(schema(1, Compatibility::Backward));
    head.migrations = {migration(1, 1, MigrationReaders::DualRead)}; // the loader refuses it; diff ignores it
    EXPECT_EQ(state(schema(1, Compatibility::Backward), head), MigrationState::NotBumped);
}

TEST(SchemaMigration, UndeclaredWhenBumpedWithoutAMigration) {
    auto changes = diff_schema(schema(1, Compatibility::Backward), without_note(schema(2, Compatibility::Backward)));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].migration, MigrationState::Undeclared);
    EXPECT_TRUE(changes[0].unmigrated());
    EXPECT_EQ(changes[0].base_version, 1);
    EXPECT_EQ(changes[0].head_version, 2);
}

TEST(SchemaMigration, EachReadersValueCoversABackwardBreak) {
    for (auto readers : {MigrationReaders::DualRead, MigrationReaders::UpgradeInPlace, MigrationReaders::Discard}) {
        Schema head = without_note(schema(2, Compatibility::Backward));
        head.migrations = {migration(1, 2, readers)};
        auto changes = diff_schema(schema(1, Compatibility::Backward), head);
        ASSERT_EQ(changes.size(), 1u);
        EXPECT_EQ(changes[0].migration, MigrationState::Migrated) << model::migration_readers_name(readers);
        EXPECT_FALSE(changes[0].unmigrated());
    }
}

// A required field removed under `full` also breaks old readers of new data: rewriting or dropping old data does
// nothing for them, only readers that accept both shapes do.
TEST(SchemaMigration, AForwardBreakNeedsDualRead) {
    Schema base = schema(1, Compatibility::Full, true);
    for (auto readers : {MigrationReaders::UpgradeInPlace, MigrationReaders::Discard}) {
        Schema head = without_note(schema(2, Compatibility::Full));
        head.migrations = {migration(1, 2, readers)};
        EXPECT_EQ(state(base, head), MigrationState::ReadersShort) << model::migration_readers_name(readers);
    }
    Schema head = without_note(schema(2, Compatibility::Full));
    head.migrations = {migration(1, 2, MigrationReaders::DualRead)};
    EXPECT_EQ(state(base, head), MigrationState::Migrated);
}

TEST(SchemaMigration, AWiderMigrationCoversTheStep) {
    Schema head = without_note(schema(3, Compatibility::Backward));
    head.migrations = {migration(1, 3, MigrationReaders::Discard)};
    EXPECT_EQ(state(schema(2, Compatibility::Backward), head), MigrationState::Migrated);
}

TEST(SchemaMigration, AChainCoversTheStepOnlyWithoutAGap) {
    Schema head = without_note(schema(4, Compatibility::Backward));
    head.migrations = {migration(3, 4, MigrationReaders::DualRead), migration(1, 3, MigrationReaders::Discard)};
    EXPECT_EQ(state(schema(1, Compatibility::Backward), head), MigrationState::Migrated);
    head.migrations = {migration(1, 2, MigrationReaders::Discard), migration(3, 4, MigrationReaders::DualRead)};
    EXPECT_EQ(state(schema(1, Compatibility::Backward), head), MigrationState::Undeclared) << "no step from 2 to 3";
}

TEST(SchemaMigration, AMigrationEndingBelowTheNewVersionDoesNotCoverIt) {
    Schema head = without_note(schema(3, Compatibility::Backward));
    head.migrations = {migration(1, 2, MigrationReaders::DualRead)}; // the step of an earlier release
    EXPECT_EQ(state(schema(2, Compatibility::Backward), head), MigrationState::Undeclared);
}

TEST(SchemaMigration, ChainLinksMustEachCoverTheBrokenSides) {
    Schema base = schema(1, Compatibility::Full, true);
    Schema head = without_note(schema(3, Compatibility::Full));
    head.migrations = {migration(1, 2, MigrationReaders::DualRead), migration(2, 3, MigrationReaders::Discard)};
    EXPECT_EQ(state(base, head), MigrationState::ReadersShort);
    head.migrations.push_back(migration(1, 3, MigrationReaders::DualRead));
    EXPECT_EQ(state(base, head), MigrationState::Migrated);
}

TEST(SchemaMigration, NonBreakingChangesNeedNone) {
    Schema head = schema(1, Compatibility::None);
    auto changes = diff_schema(schema(1, Compatibility::None, true), head); // made optional, under none
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].migration, MigrationState::NotNeeded);
    EXPECT_FALSE(changes[0].unmigrated());
}

TEST(SchemaMigration, FixTextOffersWhatCanBeDoneNow) {
    auto not_bumped = diff_schema(schema(1, Compatibility::Backward), without_note(schema(1, Compatibility::Backward)));
    ASSERT_EQ(not_bumped.size(), 1u);
    EXPECT_EQ(migration_fix(not_bumped[0], "keep it"),
              "keep it; or set version = 2 and declare [[schemas.S.migrations]] from = 1, to = 2, readers = "
              "\"dual-read\" | \"upgrade-in-place\" | \"discard\"");

    auto bumped = diff_schema(schema(2, Compatibility::Backward), without_note(schema(4, Compatibility::Backward)));
    ASSERT_EQ(bumped.size(), 1u);
    std::string fix = migration_fix(bumped[0], "keep it");
    EXPECT_EQ(fix, "declare [[schemas.S.migrations]] from = 2, to = 4, readers = \"dual-read\" | "
                   "\"upgrade-in-place\" | \"discard\" (docs/drift.md#migrations); or keep it");
    EXPECT_EQ(fix.find("set version"), std::string::npos) << "the version was already raised";
    EXPECT_NE(explain(bumped[0], "base").find("; no declared migration leads from 2 to 4"), std::string::npos)
        << explain(bumped[0], "base");

    Schema head = without_note(schema(2, Compatibility::Full));
    head.migrations = {migration(1, 2, MigrationReaders::Discard)};
    auto short_readers = diff_schema(schema(1, Compatibility::Full, true), head);
    ASSERT_EQ(short_readers.size(), 1u);
    EXPECT_EQ(migration_fix(short_readers[0], "keep it"),
              "ship readers that accept both shapes before writers switch, then declare [[schemas.S.migrations]] "
              "from = 1, to = 2, readers = \"dual-read\"; or keep it");
    EXPECT_NE(explain(short_readers[0], "base").find("leave old readers of new data broken"), std::string::npos)
        << explain(short_readers[0], "base");
}

TEST(SchemaMigration, ARemovedSchemaCannotBeMigrated) {
    model::Contract base, head;
    base.schemas["S"] = schema(1, Compatibility::Backward);
    model::Component app;
    app.id = "app";
    app.schemas["S"] = 1;
    head.components["app"] = app;
    auto changes = diff_schemas(base, head);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kind, SchemaChangeKind::SchemaRemoved);
    EXPECT_TRUE(changes[0].unmigrated());
    EXPECT_EQ(migration_fix(changes[0], "keep the schema"), "keep the schema");
}

} // namespace
} // namespace axg::drift
