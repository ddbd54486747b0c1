#pragma once
// Xcode build settings: assignments with conditions (`KEY[config=Debug][sdk=iphoneos*]`), layering with
// `$(inherited)`, and `$(VAR)` expansion against the layered settings (setting_expansion.hpp). Shared by the
// pbxproj, xcconfig and XcodeGen readers and by the contract's settings.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "load/xcode/setting_expansion.hpp"
#include "util/diagnostics.hpp"
#include "util/source_location.hpp"

namespace axg::load {

struct SettingCondition {
    std::string name;    // "config", "sdk", "arch"
    std::string pattern; // may contain '*' wildcards
    bool operator==(const SettingCondition&) const = default;
};

struct SettingAssignment {
    std::string key;
    std::vector<SettingCondition> conditions;
    std::string value;
    util::SourceLocation location;
};

// What a conditional setting is matched against.
struct SettingContext {
    std::string configuration;
    std::string sdk = "iphoneos";
    std::string arch = "arm64";
};

using BuildSettings = std::map<std::string, std::string, std::less<>>;

struct SplitKey {
    std::string key;
    std::vector<SettingCondition> conditions;
    std::string error; // non-empty when the key is malformed
    std::size_t error_offset = 0;
};

// Splits `KEY[cond=value][cond=value]` into the key and its conditions.
SplitKey split_setting_key(std::string_view text);

bool is_valid_setting_name(std::string_view name);

// Glob match with '*' (and '?'), as Xcode uses for condition values.
bool glob_match(std::string_view pattern, std::string_view text);

bool conditions_match(const std::vector<SettingCondition>& conditions, const SettingContext& context);

// Applies one layer of assignments on top of `settings`, in order, as Xcode pushes them onto a setting's chain of
// assignments: the last one whose conditions match wins, whatever its number of conditions. A reference to the
// setting itself, `$(inherited)` or `$(value)` is the value the key had before the assignment ("" when none):
// `PRODUCT_BUNDLE_IDENTIFIER = "$(PRODUCT_BUNDLE_IDENTIFIER)"` keeps the inherited value. A value that grows past
// k_max_expansion_bytes by that substitution is cut there and reported in `diagnostics` (when given) at the
// assignment.
void apply_settings(BuildSettings& settings, const std::vector<SettingAssignment>& layer, const SettingContext& context,
                    util::Diagnostics* diagnostics = nullptr);

// One unconditional assignment with the same meaning; returns false when the value had to be cut.
bool assign_setting(BuildSettings& settings, std::string_view key, std::string_view value);

// Orders a layer read from a dictionary (a pbxproj buildSettings dictionary, an XcodeGen settings map) as Xcode
// does before pushing it: by the key as written, conditions included, so that `KEY[sdk=iphoneos*]` comes after
// (and beats) `KEY`. An .xcconfig layer keeps its file order.
void order_as_dictionary(std::vector<SettingAssignment>& layer);

// Expands `value` against `settings` (setting_expansion.hpp): undefined names become "" and are listed.
Expansion expand_setting(std::string_view value, const BuildSettings& settings, const ExpansionOptions& options = {});

} // namespace axg::load
