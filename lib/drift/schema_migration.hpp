#pragma once
// Declared schema migrations ([[schemas.ID.migrations]]) against the breaking changes between a base and the
// current contract (docs/drift.md#migrations). A breaking change is *migrated* when the schema's version went
// up and declared migrations lead from the base's version to the current one, each with a `readers` value that
// keeps every broken side working; the drift rules then stay quiet on it.

#include <cstdint>
#include <string>
#include <string_view>

#include "drift/schema_diff.hpp"

namespace axg::drift {

// The sides a migration's readers keep working. "dual-read" both: readers that accept both shapes ship
// before writers switch. "upgrade-in-place" and "discard" act on the old data only: a new reader never meets
// it (rewritten, or dropped), but an old reader still meets the new shape.
Sides covered_sides(model::MigrationReaders readers);

// Whether `head`'s declared migrations, those whose readers cover `at_stake`, lead from `from` to `to`:
// one migration with from' <= from and to' >= to, or a chain in which each link starts at or below the
// version the previous one reached.
bool migrations_lead(const model::Schema& head, std::int64_t from, std::int64_t to, Sides at_stake);

// The state of a breaking change whose broken, protected sides are `at_stake`.
MigrationState migration_state(Sides at_stake, std::int64_t base_version, const model::Schema& head);

// What a finding's message adds about migrations: "" unless the version went up and still no declared
// migration covers the change.
std::string migration_remark(const SchemaChange& change);

// The fix a finding on a breaking `change` offers. `keep` is the rule's way to avoid the break ("keep the
// field ..."); with it, the migration to declare: while the version was not raised, the bump and the
// migration; once it was, only the `[[schemas.ID.migrations]]` entry (or the `readers` value) still missing.
std::string migration_fix(const SchemaChange& change, std::string_view keep);

} // namespace axg::drift
