#pragma once
// A name table for an enum: one place that spells each value, for parsing and printing.

#include <optional>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace axg::model {

template <typename E>
struct EnumEntry {
    E value;
    std::string_view name;
};

template <typename E, std::size_t N>
std::string_view enum_name(const EnumEntry<E> (&table)[N], E value) {
    for (const auto& entry : table) {
        if (entry.value == value) {
            return entry.name;
        }
    }
    return "?";
}

template <typename E, std::size_t N>
std::optional<E> enum_parse(const EnumEntry<E> (&table)[N], std::string_view name) {
    for (const auto& entry : table) {
        if (entry.name == name) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
std::vector<std::string> enum_names(const EnumEntry<E> (&table)[N]) {
    std::vector<std::string> names;
    for (const auto& entry : table) {
        names.emplace_back(entry.name);
    }
    return names;
}

} // namespace axg::model
