#include "drift/schema_diff.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "drift/schema_migration.hpp"
#include "util/text.hpp"

namespace axg::drift {

using model::Compatibility;
using model::Field;
using model::Schema;
using Kind = SchemaChangeKind;

namespace {

std::string number(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string bound(const std::optional<double>& value) {
    return value ? number(*value) : "none";
}

void diff_bound(const std::optional<double>& before, const std::optional<double>& after, bool is_max,
                std::string_view name, std::vector<std::pair<Kind, std::string>>& out) {
    if (before == after) {
        return;
    }
    bool narrowed = false;
    if (!before) {
        narrowed = true; // a new limit
    } else if (!after) {
        narrowed = false; // a limit lifted
    } else {
        narrowed = is_max ? *after < *before : *after > *before;
    }
    out.emplace_back(narrowed ? Kind::ConstraintNarrowed : Kind::ConstraintWidened,
                     std::string(name) + " " + bound(before) + " -> " + bound(after));
}

std::string values_text(const std::vector<std::string>& values) {
    std::vector<std::string> quoted;
    for (const auto& v : values) {
        quoted.push_back("\"" + util::printable(v) + "\"");
    }
    return "[" + util::join(quoted, ", ") + "]";
}

void diff_field(const Schema& head_schema, const Field& before, const Field& after, Compatibility mode,
                std::vector<SchemaChange>& out) {
    auto add = [&](Kind kind, std::string detail, std::string_view key) {
        SchemaChange c{kind, head_schema.id, after.id, std::move(detail), after.location, mode, false};
        if (!key.empty() && after.has(key)) {
            c.location = after.at(key);
        }
        c.breaking = is_breaking(kind, mode, before.required);
        c.was_required = before.required;
        out.push_back(std::move(c));
    };
    if (before.classification > after.classification) {
        add(Kind::ClassificationLowered,
            "classification " + std::string(model::classification_name(before.classification)) + " -> " +
                std::string(model::classification_name(after.classification)),
            "classification");
    }
    if (before.type != after.type) {
        add(Kind::FieldTypeChanged,
            "type " + std::string(model::field_type_name(before.type)) + " -> " +
                std::string(model::field_type_name(after.type)),
            "type");
        return; // the other attributes of a retyped field compare apples with pears
    }
    if (!before.required && after.required) {
        add(Kind::FieldMadeRequired, "required false -> true", "required");
    } else if (before.required && !after.required) {
        add(Kind::FieldMadeOptional, "required true -> false", "required");
    }
    for (const auto& v : before.values) {
        if (std::find(after.values.begin(), after.values.end(), v) == after.values.end()) {
            add(Kind::EnumValueRemoved,
                "enum value \"" + util::printable(v) + "\" removed (was " + values_text(before.values) + ")", "values");
        }
    }
    for (const auto& v : after.values) {
        if (std::find(before.values.begin(), before.values.end(), v) == before.values.end()) {
            add(Kind::EnumValueAdded,
                "enum value \"" + util::printable(v) + "\" added (was " + values_text(before.values) + ")", "values");
        }
    }
    std::vector<std::pair<Kind, std::string>> bounds;
    diff_bound(before.min, after.min, false, "min", bounds);
    diff_bound(before.max, after.max, true, "max", bounds);
    std::optional<double> len_before, len_after;
    if (before.max_len) {
        len_before = static_cast<double>(*before.max_len);
    }
    if (after.max_len) {
        len_after = static_cast<double>(*after.max_len);
    }
    diff_bound(len_before, len_after, true, "max_len", bounds);
    for (auto& [kind, detail] : bounds) {
        std::string key = detail.substr(0, detail.find(' '));
        add(kind, std::move(detail), key);
    }
}

} // namespace

std::string_view schema_change_name(SchemaChangeKind kind) {
    switch (kind) {
    case Kind::FieldRemoved: return "field removed";
    case Kind::FieldTypeChanged: return "field type changed";
    case Kind::FieldMadeRequired: return "optional field made required";
    case Kind::RequiredFieldAdded: return "required field added";
    case Kind::OptionalFieldAdded: return "optional field added";
    case Kind::FieldMadeOptional: return "required field made optional";
    case Kind::EnumValueRemoved: return "enum value removed";
    case Kind::EnumValueAdded: return "enum value added";
    case Kind::ConstraintNarrowed: return "constraint narrowed";
    case Kind::ConstraintWidened: return "constraint widened";
    case Kind::ClassificationLowered: return "classification lowered";
    case Kind::SchemaRemoved: return "schema removed";
    }
    return "change";
}

Sides broken_sides(SchemaChangeKind kind, bool was_required) {
    switch (kind) {
    // Receivers validate against a closed schema (AXG206): persisted data still carrying a removed
    // field fails the new reader, and an old reader misses a field it required.
    case Kind::FieldRemoved: return {true, was_required};
    case Kind::FieldTypeChanged: return {true, true};
    case Kind::FieldMadeRequired: return {true, false};
    case Kind::RequiredFieldAdded: return {true, false};
    // Readers accept fields they do not know yet when those are optional.
    case Kind::OptionalFieldAdded: return {false, false};
    case Kind::FieldMadeOptional: return {false, true};
    case Kind::EnumValueRemoved: return {true, false};
    case Kind::EnumValueAdded: return {false, true};
    case Kind::ConstraintNarrowed: return {true, false};
    case Kind::ConstraintWidened: return {false, true};
    case Kind::ClassificationLowered: return {false, false};
    case Kind::SchemaRemoved: return {true, true};
    }
    return {};
}

Sides protected_sides(Compatibility mode) {
    switch (mode) {
    case Compatibility::None: return {false, false};
    case Compatibility::Backward: return {true, false};
    case Compatibility::Forward: return {false, true};
    case Compatibility::Full: return {true, true};
    }
    return {};
}

Sides sides_at_stake(SchemaChangeKind kind, Compatibility mode, bool was_required) {
    Sides broken = broken_sides(kind, was_required);
    Sides kept = protected_sides(mode);
    return {broken.backward && kept.backward, broken.forward && kept.forward};
}

bool is_breaking(SchemaChangeKind kind, Compatibility mode, bool was_required) {
    Sides at_stake = sides_at_stake(kind, mode, was_required);
    return at_stake.backward || at_stake.forward;
}

std::string explain(const SchemaChange& change, std::string_view base_label) {
    std::string text = "schema \"" + util::printable(change.schema) + "\"";
    if (!change.field.empty()) {
        text += " field \"" + util::printable(change.field) + "\"";
    }
    text += ": " + change.detail + " since " + std::string(base_label);
    if (change.breaking) {
        Sides at_stake = sides_at_stake(change.kind, change.mode, change.was_required);
        std::vector<std::string> sides;
        if (at_stake.backward) {
            sides.push_back("backward (a new reader of old data)");
        }
        if (at_stake.forward) {
            sides.push_back("forward (an old reader of new data)");
        }
        text += "; under compatibility \"" + std::string(model::compatibility_name(change.mode)) + "\" this breaks " +
                util::join(sides, " and ");
    }
    return text + migration_remark(change);
}

Compatibility stricter_mode(Compatibility a, Compatibility b) {
    Sides x = protected_sides(a), y = protected_sides(b);
    bool backward = x.backward || y.backward, forward = x.forward || y.forward;
    if (backward && forward) {
        return Compatibility::Full;
    }
    return backward ? Compatibility::Backward : forward ? Compatibility::Forward : Compatibility::None;
}

std::vector<SchemaChange> diff_schema(const Schema& base, const Schema& head) {
    std::vector<SchemaChange> out;
    Compatibility mode = stricter_mode(base.compatibility, head.compatibility);
    for (const auto& before : base.fields) {
        const Field* after = head.find_field(before.id);
        if (!after) {
            SchemaChange c{Kind::FieldRemoved,
                           head.id,
                           before.id,
                           std::string(before.required ? "required " : "optional ") +
                               std::string(model::field_type_name(before.type)) + " field removed",
                           head.location,
                           mode,
                           is_breaking(Kind::FieldRemoved, mode, before.required),
                           before.required};
            out.push_back(std::move(c));
            continue;
        }
        diff_field(head, before, *after, mode, out);
    }
    for (const auto& after : head.fields) {
        if (!base.find_field(after.id)) {
            Kind kind = after.required ? Kind::RequiredFieldAdded : Kind::OptionalFieldAdded;
            out.push_back({kind, head.id, after.id,
                           std::string(after.required ? "required " : "optional ") +
                               std::string(model::field_type_name(after.type)) + " field added",
                           after.location, mode, is_breaking(kind, mode)});
        }
    }
    for (auto& change : out) {
        change.base_version = base.version;
        change.head_version = head.version;
        change.migration = change.breaking ? migration_state(sides_at_stake(change.kind, mode, change.was_required),
                                                             base.version, head)
                                           : MigrationState::NotNeeded;
    }
    return out;
}

std::vector<SchemaChange> diff_schemas(const model::Contract& base, const model::Contract& head) {
    std::vector<SchemaChange> out;
    for (const auto& [id, before] : base.schemas) {
        const Schema* after = head.schema(id);
        if (after) {
            auto changes = diff_schema(before, *after);
            out.insert(out.end(), changes.begin(), changes.end());
            continue;
        }
        std::set<std::string> users;
        for (const auto& [cid, component] : head.components) {
            if (component.schemas.count(id)) {
                users.insert("component \"" + cid + "\"");
            }
        }
        for (const auto& [chid, channel] : base.channels) {
            if (channel.schema == id) {
                users.insert("channel \"" + chid + "\" at the base");
            }
        }
        if (users.empty()) {
            continue; // nothing produced or read it: removing it is housekeeping
        }
        std::vector<std::string> list(users.begin(), users.end());
        util::SourceLocation where{head.path, 0, 0};
        for (const auto& [cid, component] : head.components) {
            if (component.schemas.count(id)) {
                where = component.at("schemas");
                break;
            }
        }
        SchemaChange removed{Kind::SchemaRemoved,
                             id,
                             "",
                             "schema version " + std::to_string(before.version) + " removed while used by " +
                                 util::join(list, ", "),
                             where,
                             before.compatibility,
                             before.compatibility != Compatibility::None};
        removed.base_version = before.version;
        // No schema is left to declare a migration on.
        removed.migration = removed.breaking ? MigrationState::Undeclared : MigrationState::NotNeeded;
        out.push_back(std::move(removed));
    }
    std::stable_sort(out.begin(), out.end(), [](const SchemaChange& a, const SchemaChange& b) {
        return std::tie(a.schema, a.field, a.kind, a.detail) < std::tie(b.schema, b.field, b.kind, b.detail);
    });
    return out;
}

} // namespace axg::drift
