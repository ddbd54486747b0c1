#pragma once
// Typed, located access to a toml++ table: every wrong type, unknown key or bad value becomes a
// diagnostic at its file:line:column, and reading goes on so that all problems are reported.

#include <chrono>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "model/declared.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

class TomlReader {
public:
    TomlReader(std::string path, util::Diagnostics& diagnostics)
        : m_path(std::move(path)), m_diagnostics(diagnostics) {}

    util::SourceLocation locate(const toml::source_region& region) const;
    util::SourceLocation locate(const toml::node& node) const { return locate(node.source()); }
    void error(const util::SourceLocation& location, std::string message) {
        m_diagnostics.error(location, std::move(message));
    }

    // Reports keys of `table` outside `allowed`, with a "did you mean" where one is close.
    void check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed, std::string_view where);
    // Records the table's location and the location of each of its keys into `decl`.
    void locate_declaration(const toml::table& table, std::string id, model::Declared& decl);
    // Reports a missing key at the table's location; true when present.
    bool require(const toml::table& table, std::string_view key, std::string_view where);
    // The table under `key`, reporting a wrong type; nullptr when absent or wrong.
    const toml::table* table(const toml::table& parent, std::string_view key, std::string_view where);

    std::optional<std::string> string(const toml::table& t, std::string_view key, std::string_view where);
    std::optional<bool> boolean(const toml::table& t, std::string_view key, std::string_view where);
    std::optional<std::int64_t> integer(const toml::table& t, std::string_view key, std::string_view where,
                                        std::int64_t min = INT64_MIN, std::int64_t max = INT64_MAX);
    std::optional<double> number(const toml::table& t, std::string_view key, std::string_view where);
    std::optional<std::vector<std::string>> strings(const toml::table& t, std::string_view key, std::string_view where);
    // A string that must be one of `names`; `parse` maps it to the enum.
    template <typename E>
    std::optional<E> enumeration(const toml::table& t, std::string_view key, std::string_view where,
                                 std::optional<E> (*parse)(std::string_view), std::vector<std::string> (*names)()) {
        auto text = string(t, key, where);
        if (!text) {
            return std::nullopt;
        }
        if (auto value = parse(*text)) {
            return value;
        }
        bad_choice(*t.get(key), key, where, *text, names());
        return std::nullopt;
    }
    std::optional<std::chrono::seconds> duration(const toml::table& t, std::string_view key, std::string_view where);
    std::optional<std::chrono::year_month_day> date(const toml::table& t, std::string_view key, std::string_view where);

    const util::FileName& path() const { return m_path; }
    util::Diagnostics& diagnostics() const { return m_diagnostics; }

private:
    void wrong_type(const toml::node& node, std::string_view key, std::string_view where, std::string_view expected);
    void bad_choice(const toml::node& node, std::string_view key, std::string_view where, const std::string& value,
                    const std::vector<std::string>& allowed);

    util::FileName m_path;
    util::Diagnostics& m_diagnostics;
};

std::string_view toml_type_name(toml::node_type type);

// The one way appexguard parses TOML text: a syntax error becomes a diagnostic at its file:line:column
// ("TOML syntax error: ..."), never an exception.
std::optional<toml::table> parse_toml(std::string_view text, std::string_view path, util::Diagnostics& diagnostics);

} // namespace axg::load
