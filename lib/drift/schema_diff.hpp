#pragma once
// Two versions of the contract's message schemas compared field by field. Each change knows which
// side of compatibility it breaks (docs/drift.md has the table):
//   backward: a new reader of old data (data persisted in a shared container before an update);
//   forward:  an old reader of new data (a component on an older release train).
// A schema's compatibility mode says which sides must hold.

#include <string>
#include <vector>

#include "model/contract.hpp"

namespace axg::drift {

enum class SchemaChangeKind {
    FieldRemoved,
    FieldTypeChanged,
    FieldMadeRequired,
    RequiredFieldAdded,
    OptionalFieldAdded,
    FieldMadeOptional,
    EnumValueRemoved,
    EnumValueAdded,
    ConstraintNarrowed,
    ConstraintWidened,
    ClassificationLowered,
    SchemaRemoved,
};

std::string_view schema_change_name(SchemaChangeKind kind);

struct Sides {
    bool backward = false; // breaks a new reader of old data
    bool forward = false;  // breaks an old reader of new data
};

// Which sides a change breaks. `was_required` matters for a removed field only.
Sides broken_sides(SchemaChangeKind kind, bool was_required = false);
// The sides a mode protects.
Sides protected_sides(model::Compatibility mode);
// The sides a change breaks that the mode protects.
Sides sides_at_stake(SchemaChangeKind kind, model::Compatibility mode, bool was_required = false);
// A change is breaking when it breaks a side that the mode protects.
bool is_breaking(SchemaChangeKind kind, model::Compatibility mode, bool was_required = false);

// Whether a breaking change is answered by migrations the current contract declares
// ([[schemas.ID.migrations]], docs/drift.md#migrations). Computed once, in diff_schema.
enum class MigrationState {
    NotNeeded,    // not breaking
    NotBumped,    // breaking, and the schema's version did not go up
    Undeclared,   // the version went up, but no declared migration (or chain) leads from the base's to it
    ReadersShort, // migrations lead there, but their `readers` leave a broken side open (see covered_sides)
    Migrated,     // the version went up and declared migrations cover the step for every broken side
};

struct SchemaChange {
    SchemaChangeKind kind;
    std::string schema;
    std::string field;                                      // "" for whole-schema changes
    std::string detail;                                     // what changed, with the base value: "max_len 256 -> 128"
    util::SourceLocation location;                          // where the change is in the current contract
    model::Compatibility mode = model::Compatibility::None; // the stricter of the base and current modes
    bool breaking = false;     // under `mode`; classification changes are judged by AXG409, not here
    bool was_required = false; // the field at the base
    std::int64_t base_version = 0;
    std::int64_t head_version = 0;                        // 0 when the schema is gone
    MigrationState migration = MigrationState::NotNeeded; // drift/schema_migration.hpp

    // What the drift rules report: breaking, and not covered by a declared migration.
    bool unmigrated() const { return breaking && migration != MigrationState::Migrated; }
};

// Changes from `base` to `head` of one schema (both present).
std::vector<SchemaChange> diff_schema(const model::Schema& base, const model::Schema& head);

// Every schema change between two contracts, including a schema removed while a component still
// declares it or a channel of the base used it. Sorted by schema, field, kind.
std::vector<SchemaChange> diff_schemas(const model::Contract& base, const model::Contract& head);

// One sentence for a finding: `schema "S" field "f": max_len 256 -> 128 since HEAD~1; this breaks
// backward compatibility (a new reader of old data)`.
std::string explain(const SchemaChange& change, std::string_view base_label);

// The mode whose protected sides are the union of both (a pull request cannot relax the mode
// and break compatibility in one step).
model::Compatibility stricter_mode(model::Compatibility a, model::Compatibility b);

} // namespace axg::drift
