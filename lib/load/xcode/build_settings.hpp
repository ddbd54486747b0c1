#pragma once
// Xcode build settings: assignments with conditions (`KEY[config=Debug][sdk=iphoneos*]`), layering with
// `$(inherited)`, and `$(VAR)` expansion. Shared by the pbxproj, xcconfig and XcodeGen readers.

#include <map>
#include <string>
#include <string_view>
#include <vector>

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

// Applies one layer of assignments on top of `settings`, in order. `$(inherited)` is replaced by the value the key
// had before the assignment. Within the layer, a conditional assignment is more specific than an unconditional one
// and is not overridden by a later, less specific assignment (Xcode's precedence).
void apply_settings(BuildSettings& settings, const std::vector<SettingAssignment>& layer,
                    const SettingContext& context);

// Expands `$(VAR)` and `${VAR}` (nested, with the :lower, :upper, :rfc1034identifier, :c99extidentifier and
// :identifier operators) from `settings`. Names that are not in `settings` are kept as written, so that the caller
// can expand them later (e.g. $(AppIdentifierPrefix), which comes from the provisioning profile).
std::string expand_settings(std::string_view value, const BuildSettings& settings);

} // namespace axg::load
