#pragma once
// Small contracts for rule tests: an inline TOML contract plus inline manifest files, written to a
// fresh temp directory, loaded as a Model, and checked with one rule (or every rule).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/check.hpp"
#include "model/finding.hpp"
#include "model/manifest.hpp"
#include "model/policy.hpp"

namespace axg::test {

using Files = std::map<std::string, std::string>; // path relative to the contract -> contents

// "[project]" with a name, version and team ABCDE12345, for the top of a fixture contract.
inline const std::string k_project = R"([project]
name = "Fixture"
contract_version = "1.0.0"
team_id = "ABCDE12345"
)";

// A clean contract: an app, a share extension (writes the group through its partition) and a
// read-only widget, the personal app-group store "group" and the schema "Note". Append channels.
inline const std::string k_base = k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.notes"
schemas = { Note = 1 }

[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.notes.share"
schemas = { Note = 1 }

[components.widget]
kind = "extension"
extension_point = "com.apple.widgetkit-extension"
bundle_id = "com.example.notes.widget"

[stores.group]
kind = "app-group"
id = "group.com.example.notes"
members = ["app", "share", "widget"]
read_only = ["widget"]
partitions = { share = "inbox/share" }
protection = "complete"
retention = "7d"
classification = "personal"

[schemas.Note]
version = 1
compatibility = "backward"
fields.title = { type = "string", max_len = 256, classification = "personal" }
fields.kind = { type = "enum", values = ["text", "link"] }
)";

// A channel [channels.<id>] from share to app through "group" with every control a personal
// channel needs under the baseline policy. `overrides` replace keys (raw TOML values); an empty
// value removes the key.
std::string channel(const std::string& id, const std::map<std::string, std::string>& overrides = {});

// An app and its share extension, and [channels.open]: a url-scheme from the share extension to the app carrying
// `classification` data, with no controls; `extra` (controls, suppressions) follows the channel's keys.
std::string share_url_scheme_contract(const std::string& classification, const std::string& extra = "");

// `text` with the first occurrence of `from` replaced by `to`; fails the test when `from` is absent.
std::string replaced(std::string text, std::string_view from, std::string_view to);

// An XML plist whose root dict holds `body` (already-written <key>/<value> pairs).
std::string plist(std::string_view body);
// `<key>key</key><array><string>v</string>…</array>`
std::string string_array(std::string_view key, const std::vector<std::string>& values);

// Writes the contract (as appexguard.toml) and files; returns the directory.
std::string write_fixture(const std::string& contract, const Files& files = {});

// Loads a fixture; fails the current test (and returns nullopt) on load errors.
std::optional<model::Model> load_fixture(const std::string& contract, const Files& files = {});

// The built-in baseline policy (what `check` uses by default).
model::Policy baseline_policy();
model::Policy builtin_policy(std::string_view name);

// Runs the rule `rule_id` alone on the fixture, with `policy` (default: baseline).
std::vector<model::Finding> run_rule(std::string_view rule_id, const std::string& contract, const Files& files = {},
                                     const std::optional<model::Policy>& policy = std::nullopt);

// Runs the whole check (every rule, suppressions) on the fixture.
check::CheckResult run_all(const std::string& contract, const Files& files = {},
                           const std::optional<model::Policy>& policy = std::nullopt);

} // namespace axg::test
