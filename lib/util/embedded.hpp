#pragma once
// Files compiled into the binary (rule docs, built-in policies, report templates); see cmake/embed.cmake.

#include <optional>
#include <span>
#include <string_view>

namespace axg::util {

struct EmbeddedFile {
    std::string_view name; // relative to the source tree, e.g. "docs/rules/AXG101.md"
    std::string_view contents;
};

// Sorted by name.
std::span<const EmbeddedFile> embedded_files();
std::optional<std::string_view> find_embedded(std::string_view name);

} // namespace axg::util
