#pragma once
// A property-list value tree in which every value and every dictionary key keeps the place in
// its file where it was written (XML plists have lines; binary plists have none).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/source_location.hpp"

namespace axg::model {

struct PlistEntry;

struct PlistValue {
    enum class Type { Bool, Integer, Real, String, Date, Data, Array, Dict };

    Type type = Type::String;
    bool boolean = false;
    std::int64_t integer = 0;
    double real = 0.0;
    std::string string; // String; ISO 8601 for Date; base64 for Data
    std::vector<PlistValue> array;
    std::vector<PlistEntry> dict; // in file order
    util::SourceLocation location;
    // Build-setting variables in `string` that could not be expanded (AXG113).
    std::vector<std::string> unresolved;

    bool is_string() const { return type == Type::String; }
    bool is_true() const { return type == Type::Bool && boolean; }
    // The value under `key` of a dict, or nullptr.
    const PlistValue* find(std::string_view key) const;
    const PlistEntry* find_entry(std::string_view key) const;
    // A string, or each string of an array of strings (other elements ignored).
    std::vector<const PlistValue*> strings() const;
};

struct PlistEntry {
    std::string key;
    util::SourceLocation key_location;
    PlistValue value;
};

std::string_view plist_type_name(PlistValue::Type type);

} // namespace axg::model
