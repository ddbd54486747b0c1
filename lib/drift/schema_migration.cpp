#include "drift/schema_migration.hpp"

#include <vector>

#include "util/text.hpp"

namespace axg::drift {

using model::MigrationReaders;

namespace {

bool covers(Sides covered, Sides at_stake) {
    return (covered.backward || !at_stake.backward) && (covered.forward || !at_stake.forward);
}

Sides at_stake_of(const SchemaChange& change) {
    return sides_at_stake(change.kind, change.mode, change.was_required);
}

// `readers = "dual-read"`, or the choice of every value that covers the change: `"dual-read" | "discard"`.
std::string readers_choice(Sides at_stake) {
    std::vector<std::string> names;
    for (const auto& name : model::migration_readers_names()) {
        if (covers(covered_sides(*model::parse_migration_readers(name)), at_stake)) {
            names.push_back("\"" + name + "\"");
        }
    }
    return "readers = " + util::join(names, " | ");
}

std::string declaration(const SchemaChange& change, std::int64_t to) {
    return "[[schemas." + util::printable(change.schema) +
           ".migrations]] from = " + std::to_string(change.base_version) + ", to = " + std::to_string(to) + ", " +
           readers_choice(at_stake_of(change));
}

} // namespace

Sides covered_sides(MigrationReaders readers) {
    switch (readers) {
    case MigrationReaders::DualRead: return {true, true};
    case MigrationReaders::UpgradeInPlace: return {true, false};
    case MigrationReaders::Discard: return {true, false};
    }
    return {};
}

bool migrations_lead(const model::Schema& head, std::int64_t from, std::int64_t to, Sides at_stake) {
    std::int64_t reached = from;
    while (reached < to) {
        std::int64_t next = reached;
        for (const auto& m : head.migrations) {
            if (m.from <= reached && m.to > next && covers(covered_sides(m.readers), at_stake)) {
                next = m.to;
            }
        }
        if (next == reached) {
            return false;
        }
        reached = next;
    }
    return true;
}

MigrationState migration_state(Sides at_stake, std::int64_t base_version, const model::Schema& head) {
    if (head.version <= base_version) {
        return MigrationState::NotBumped;
    }
    if (migrations_lead(head, base_version, head.version, at_stake)) {
        return MigrationState::Migrated;
    }
    return migrations_lead(head, base_version, head.version, {}) ? MigrationState::ReadersShort
                                                                 : MigrationState::Undeclared;
}

std::string migration_remark(const SchemaChange& change) {
    std::string step = " from " + std::to_string(change.base_version) + " to " + std::to_string(change.head_version);
    switch (change.migration) {
    case MigrationState::Undeclared: return change.head_version ? "; no declared migration leads" + step : "";
    case MigrationState::ReadersShort:
        return "; the migrations declared" + step +
               " leave old readers of new data broken (only readers = \"dual-read\" keeps them working)";
    default: return "";
    }
}

std::string migration_fix(const SchemaChange& change, std::string_view keep) {
    switch (change.migration) {
    case MigrationState::NotBumped:
        return std::string(keep) + "; or set version = " + std::to_string(change.base_version + 1) + " and declare " +
               declaration(change, change.base_version + 1);
    case MigrationState::Undeclared:
        if (!change.head_version) {
            return std::string(keep);
        }
        return "declare " + declaration(change, change.head_version) + " (docs/drift.md#migrations); or " +
               std::string(keep);
    case MigrationState::ReadersShort:
        return "ship readers that accept both shapes before writers switch, then declare " +
               declaration(change, change.head_version) + "; or " + std::string(keep);
    default: return std::string(keep);
    }
}

} // namespace axg::drift
