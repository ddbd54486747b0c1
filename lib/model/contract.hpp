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
#include "model/declared.hpp"
#include "model/transport.hpp"
#include "util/rate.hpp"
#include "util/semver.hpp"

namespace axg::model {

using Settings = std::map<std::string, std::string>;

struct Project : Declared {
    std::string name;
    util::SemVer contract_version;
    std::string team_id;
    std::string policy = "baseline"; // built-in name or a path relative to the contract
    std::string default_configuration;
    std::string xcode_project; // .xcodeproj or project.yml, relative to the contract; "" = none (AXG120-122)
};

struct Configuration : Declared {
    bool release = true;
    Settings settings;
};

enum class ComponentKind { App, Extension };

// A path that is either the same for every configuration or given per configuration.
struct PerConfigPath {
    std::string all; // used when `by_configuration` has no entry
    std::map<std::string, std::string> by_configuration;
    util::SourceLocation location;
    bool empty() const { return all.empty() && by_configuration.empty(); }
    // "" when none applies.
    const std::string& for_configuration(const std::string& configuration) const;
};

struct Component : Declared {
    ComponentKind kind = ComponentKind::App;
    std::string extension_point; // NSExtensionPointIdentifier; empty for apps
    std::string bundle_id;       // may hold $(VARS), expanded per configuration
    PerConfigPath entitlements;
    PerConfigPath info_plist;
    std::map<std::string, std::int64_t> schemas; // schema id -> version built against
    Settings settings;
};

struct Store : Declared {
    StoreKind kind = StoreKind::AppGroup;
    std::string identifier; // group.com.example, $(AppIdentifierPrefix)com.example.shared, …
    std::vector<std::string> members;
    std::vector<std::string> read_only; // members that only read
    Protection protection = Protection::Unknown;
    std::map<std::string, std::string> partitions; // member -> sub-path it alone writes
    std::optional<std::chrono::seconds> retention;
    Classification classification = Classification::Public;
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
};

enum class Compatibility { None, Backward, Forward, Full };

std::string_view compatibility_name(Compatibility value);
std::optional<Compatibility> parse_compatibility(std::string_view name);
std::vector<std::string> compatibility_names();

struct Schema : Declared {
    std::int64_t version = 1;
    Compatibility compatibility = Compatibility::Backward;
    std::vector<Field> fields; // sorted by name
    const Field* find_field(std::string_view name) const;
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
    Validation validation = Validation::None;
    std::optional<std::chrono::seconds> retention;
    std::optional<util::Rate> rate_limit;
    std::optional<std::int64_t> queue; // bounded queue length
    bool audit = false;
    bool payload = true;        // false: a pure signal (Darwin notifications must be)
    bool rereads_state = false; // the receiver re-reads authenticated state instead of trusting the signal
    std::string scheme;         // url-scheme
    std::string domain;         // universal-link
    std::string description;
};

struct Suppression : Declared {
    std::string rule;
    std::string target; // "channels.widget-refresh", "components.share", …
    std::string reason;
    std::optional<std::chrono::year_month_day> expires;
};

struct Contract {
    std::string path; // as given by the user, for messages
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
};

inline bool is_external(std::string_view endpoint) {
    return endpoint.starts_with(k_external_prefix);
}

} // namespace axg::model
