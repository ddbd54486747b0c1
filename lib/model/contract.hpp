#pragma once
// The IPC contract as declared in appexguard.toml (docs/contract-format.md). Plain data:
// the loader fills it, rules read it.

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/classification.hpp"
#include "model/controls.hpp"
#include "model/data_role.hpp"
#include "model/declared.hpp"
#include "model/entry_point.hpp"
#include "model/transport.hpp"
#include "util/rate.hpp"
#include "util/semver.hpp"

namespace axg::model {

using Settings = std::map<std::string, std::string>;

struct Project : Declared {
    std::string name;
    util::SemVer contract_version;
    std::string team_id;
    // The App ID prefix of a legacy App ID registered before team ids were the prefix; "" = team_id. Sets
    // $(AppIdentifierPrefix), which keychain-access-groups and application-identifier use.
    std::string app_id_prefix;
    std::string policy = "baseline"; // built-in name or a path relative to the contract
    std::string default_configuration;
    std::string xcode_project; // .xcodeproj or project.yml, relative to the contract; "" = none (AXG120-122)
    bool operator==(const Project&) const = default;
};

struct Configuration : Declared {
    bool release = true;
    Settings settings;
    bool operator==(const Configuration&) const = default;
};

enum class ComponentKind { App, Extension };

// A value that is the same in every configuration (`all`), or given per configuration (`by_configuration`; a
// configuration missing from it has no value there: a store that exists only in Alpha, a bundle identifier the
// project does not set in Debug). One or the other, never both: TOML writes a string or an inline table
// `{ Debug = "…", Release = "…" }`. Used for component bundle ids, manifest paths and settings, store ids and
// channel schemes and domains.
struct PerConfigValue {
    std::string all;
    std::map<std::string, std::string> by_configuration;
    util::SourceLocation location; // where the value was written; provenance, not part of the value

    PerConfigValue() = default;
    PerConfigValue(std::string value) : all(std::move(value)) {} // NOLINT: a plain value applies everywhere
    PerConfigValue(const char* value) : all(value) {}            // NOLINT

    bool per_configuration() const { return !by_configuration.empty(); }
    bool empty() const { return all.empty() && by_configuration.empty(); }
    // The value in `configuration`; "" when it has none there.
    const std::string& for_configuration(std::string_view configuration) const;
    // Every distinct non-empty value, sorted.
    std::vector<std::string> values() const;
    // For messages: the value, or "Debug: a, Release: b".
    std::string str() const;
    bool operator==(const PerConfigValue& other) const {
        return all == other.all && by_configuration == other.by_configuration;
    }
};

struct Component : Declared {
    ComponentKind kind = ComponentKind::App;
    std::string extension_point; // NSExtensionPointIdentifier; empty for apps
    std::string target;          // the Xcode target it describes ("" = matched by bundle id or manifest)
    PerConfigValue bundle_id;    // may hold $(VARS), expanded per configuration
    PerConfigValue entitlements;
    PerConfigValue info_plist;
    std::map<std::string, std::int64_t> schemas; // schema id -> version built against
    // Custom keyboards only: RequestsOpenAccess. Without it the OS lets the keyboard read its app groups but
    // not write them, so the loader makes it a read-only member (docs/transports.md, "Keyboards").
    bool open_access = false;
    Settings settings; // the component's settings that apply in every configuration
    // Configuration -> the component's settings given for that configuration only (TOML: a setting written as a
    // table, `settings = { APP_GROUP = { Alpha = "group.x.alpha" } }`).
    std::map<std::string, Settings> configuration_settings;
    bool operator==(const Component&) const = default;
};

// The component as one configuration sees it: every per-configuration value selected (bundle_id.all holds the
// configuration's bundle id, `settings` its settings there), so that expansion needs no configuration name.
Component component_in_configuration(const Component& component, std::string_view configuration);

struct Store : Declared {
    StoreKind kind = StoreKind::AppGroup;
    PerConfigValue identifier; // group.com.example, $(AppIdentifierPrefix)com.example.shared, …; "" = absent there
    std::vector<std::string> members;
    std::vector<std::string> read_only; // members that only read
    Protection protection = Protection::Unknown;
    std::map<std::string, std::string> partitions; // member -> sub-path it alone writes
    std::optional<std::chrono::seconds> retention;
    Classification classification = Classification::Public;
    DataRole role = DataRole::Messages; // the loader sets default_data_role(kind) when `role` is absent
    bool operator==(const Store&) const = default;
};

enum class FieldType { String, Int, Float, Bool, Bytes, Enum, Array, Date, Url, Uuid, Object };

std::string_view field_type_name(FieldType type);
std::optional<FieldType> parse_field_type(std::string_view name);
std::vector<std::string> field_type_names();

struct Field : Declared {
    FieldType type = FieldType::String;
    bool required = false;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<std::uint64_t> max_len; // strings, bytes, arrays (elements)
    std::vector<std::string> values;      // enum
    Classification classification = Classification::Public;
    bool pseudonymous = false;
    bool operator==(const Field&) const = default;
};

enum class Compatibility { None, Backward, Forward, Full };

std::string_view compatibility_name(Compatibility value);
std::optional<Compatibility> parse_compatibility(std::string_view name);
std::vector<std::string> compatibility_names();

// How readers of a schema's older shape cope with a breaking change ([[schemas.ID.migrations]],
// docs/drift.md#migrations).
enum class MigrationReaders {
    DualRead,       // readers accept both shapes during the rollout
    UpgradeInPlace, // the owner rewrites stored data to the new shape before readers see it
    Discard,        // old data is dropped; receivers tolerate its absence
};

std::string_view migration_readers_name(MigrationReaders value);
std::optional<MigrationReaders> parse_migration_readers(std::string_view name);
std::vector<std::string> migration_readers_names();

// A declared step from one schema version to a later one; the loader keeps from < to <= the schema's version.
struct Migration : Declared {
    std::int64_t from = 0;
    std::int64_t to = 0;
    MigrationReaders readers = MigrationReaders::DualRead;
    std::string note;
    bool operator==(const Migration&) const = default;
};

struct Schema : Declared {
    std::int64_t version = 1;
    Compatibility compatibility = Compatibility::Backward;
    std::vector<Field> fields;         // sorted by name
    std::vector<Migration> migrations; // in declaration order
    const Field* find_field(std::string_view name) const;
    bool operator==(const Schema&) const = default;
};

// Senders and receivers outside the team: written "@any-app", "@web", "@system".
inline constexpr std::string_view k_external_prefix = "@";

struct Channel : Declared {
    Transport transport = Transport::AppGroupFile;
    std::string from;
    std::vector<std::string> to;
    std::string store;  // store id, for transports that need one
    std::string schema; // schema id, may be empty
    Classification classification = Classification::Public;
    Auth auth = Auth::None;
    std::optional<std::chrono::seconds> token_ttl;
    bool token_rotation = false;
    Encryption encryption = Encryption::None;
    KeyStorage key_storage = KeyStorage::None;
    // The keychain-group store that holds the key ("" = not said): a member of the channel's store that is not a
    // member of this one reads ciphertext only (blast radius, AXG502; docs/contract-format.md).
    std::string key_store;
    Validation validation = Validation::None;
    std::optional<std::chrono::seconds> retention;
    std::optional<util::Rate> rate_limit;
    std::optional<std::int64_t> queue; // bounded queue length
    bool audit = false;
    bool payload = true;          // false: a pure signal (Darwin notifications must be)
    bool rereads_state = false;   // the receiver re-reads authenticated state instead of trusting the signal
    Effect effect = Effect::None; // what a delivery makes the receiver do (model/entry_point.hpp)
    PerConfigValue scheme;        // url-scheme; "" in a configuration where the app does not register it
    PerConfigValue domain;        // universal-link
    std::string description;
    bool operator==(const Channel&) const = default;
};

struct Suppression : Declared {
    std::string rule;
    std::string target; // "channels.widget-refresh", "components.share", …
    std::string reason;
    std::optional<std::chrono::year_month_day> expires;
    bool operator==(const Suppression&) const = default;
};

struct Contract {
    std::string path; // as findings name it: relative to the repository (load::LoadOptions::display_name)
    Project project;
    std::map<std::string, Configuration> configurations;
    Settings settings; // shared by every configuration
    std::map<std::string, Component> components;
    std::map<std::string, Store> stores;
    std::map<std::string, Schema> schemas;
    std::map<std::string, Channel> channels;
    std::vector<Suppression> suppressions;

    const Component* component(std::string_view id) const;
    const Store* store(std::string_view id) const;
    const Schema* schema(std::string_view id) const;
    // Equal declarations; `path` and source locations are provenance and not compared.
    bool operator==(const Contract& other) const;
};

inline bool is_external(std::string_view endpoint) {
    return endpoint.starts_with(k_external_prefix);
}

} // namespace axg::model
