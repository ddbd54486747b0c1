#include "load/toml/toml_reader.hpp"

#include <algorithm>

#include "load/toml/toml_prescan.hpp"

#include "util/date.hpp"
#include "util/duration.hpp"
#include "util/text.hpp"

namespace axg::load {

std::string_view toml_type_name(toml::node_type type) {
    switch (type) {
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    default: return "nothing";
    }
}

util::SourceLocation TomlReader::locate(const toml::source_region& region) const {
    return {m_path, region.begin.line, region.begin.column};
}

void TomlReader::check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                            std::string_view where) {
    std::vector<std::string> names(allowed.begin(), allowed.end());
    for (auto&& [key, node] : table) {
        bool known = false;
        for (auto name : allowed) {
            known = known || key.str() == name;
        }
        if (known) {
            continue;
        }
        std::string message = "unknown key \"" + util::printable(key.str()) + "\" in " + std::string(where);
        if (auto suggestion = util::closest_match(key.str(), names); !suggestion.empty()) {
            message += "; did you mean \"" + suggestion + "\"?";
        } else {
            message += "; allowed keys are " + util::quoted_list(names, "and");
        }
        error(locate(key.source()), message);
    }
}

void TomlReader::locate_declaration(const toml::table& table, std::string id, model::Declared& decl) {
    decl.id = std::move(id);
    decl.location = locate(table);
    decl.key_locations.clear();
    decl.key_locations.reserve(table.size());
    for (auto&& [key, node] : table) { // a toml::table iterates in key order
        decl.key_locations.emplace_back(std::string(key.str()), locate(node));
    }
    auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (!std::is_sorted(decl.key_locations.begin(), decl.key_locations.end(), by_key)) {
        std::sort(decl.key_locations.begin(), decl.key_locations.end(), by_key);
    }
}

bool TomlReader::require(const toml::table& table, std::string_view key, std::string_view where) {
    if (table.contains(key)) {
        return true;
    }
    error(locate(table), "missing required key \"" + std::string(key) + "\" in " + std::string(where));
    return false;
}

void TomlReader::wrong_type(const toml::node& node, std::string_view key, std::string_view where,
                            std::string_view expected) {
    error(locate(node), "\"" + std::string(key) + "\" in " + std::string(where) + " must be " + std::string(expected) +
                            ", not " + std::string(toml_type_name(node.type())));
}

void TomlReader::bad_choice(const toml::node& node, std::string_view key, std::string_view where,
                            const std::string& value, const std::vector<std::string>& allowed) {
    std::string message = "\"" + std::string(key) + "\" in " + std::string(where) + " is \"" + util::printable(value) +
                          "\"; allowed values are " + util::quoted_list(allowed);
    if (auto suggestion = util::closest_match(value, allowed); !suggestion.empty()) {
        message += " (did you mean \"" + suggestion + "\"?)";
    }
    error(locate(node), message);
}

const toml::table* TomlReader::table(const toml::table& parent, std::string_view key, std::string_view where) {
    const toml::node* node = parent.get(key);
    if (!node) {
        return nullptr;
    }
    if (!node->is_table()) {
        wrong_type(*node, key, where, "a table");
        return nullptr;
    }
    return node->as_table();
}

std::optional<std::string> TomlReader::string(const toml::table& t, std::string_view key, std::string_view where) {
    const toml::node* node = t.get(key);
    if (!node) {
        return std::nullopt;
    }
    if (!node->is_string()) {
        wrong_type(*node, key, where, "a string");
        return std::nullopt;
    }
    return node->as_string()->get();
}

std::optional<bool> TomlReader::boolean(const toml::table& t, std::string_view key, std::string_view where) {
    const toml::node* node = t.get(key);
    if (!node) {
        return std::nullopt;
    }
    if (!node->is_boolean()) {
        wrong_type(*node, key, where, "true or false");
        return std::nullopt;
    }
    return node->as_boolean()->get();
}

std::optional<std::int64_t> TomlReader::integer(const toml::table& t, std::string_view key, std::string_view where,
                                                std::int64_t min, std::int64_t max) {
    const toml::node* node = t.get(key);
    if (!node) {
        return std::nullopt;
    }
    if (!node->is_integer()) {
        wrong_type(*node, key, where, "an integer");
        return std::nullopt;
    }
    std::int64_t value = node->as_integer()->get();
    if (value < min || value > max) {
        error(locate(*node), "\"" + std::string(key) + "\" in " + std::string(where) + " is " + std::to_string(value) +
                                 ", outside the range " + std::to_string(min) + ".." + std::to_string(max));
        return std::nullopt;
    }
    return value;
}

std::optional<double> TomlReader::number(const toml::table& t, std::string_view key, std::string_view where) {
    const toml::node* node = t.get(key);
    if (!node) {
        return std::nullopt;
    }
    if (node->is_integer()) {
        return static_cast<double>(node->as_integer()->get());
    }
    if (node->is_floating_point()) {
        return node->as_floating_point()->get();
    }
    wrong_type(*node, key, where, "a number");
    return std::nullopt;
}

std::optional<std::vector<std::string>> TomlReader::strings(const toml::table& t, std::string_view key,
                                                            std::string_view where) {
    const toml::node* node = t.get(key);
    if (!node) {
        return std::nullopt;
    }
    if (!node->is_array()) {
        wrong_type(*node, key, where, "an array of strings");
        return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (const toml::node& item : *node->as_array()) {
        if (!item.is_string()) {
            error(locate(item), "every element of \"" + std::string(key) + "\" in " + std::string(where) +
                                    " must be a string, not " + std::string(toml_type_name(item.type())));
            ok = false;
            continue;
        }
        out.push_back(item.as_string()->get());
    }
    if (!ok) {
        return std::nullopt;
    }
    return out;
}

std::optional<std::chrono::seconds> TomlReader::duration(const toml::table& t, std::string_view key,
                                                         std::string_view where) {
    auto text = string(t, key, where);
    if (!text) {
        return std::nullopt;
    }
    if (auto value = util::parse_duration(*text)) {
        return value;
    }
    error(locate(*t.get(key)), "\"" + std::string(key) + "\" in " + std::string(where) + " is \"" +
                                   util::printable(*text) +
                                   "\", not a duration; write a number and a unit s, m, h, d or w, as in \"15m\" or "
                                   "\"1h30m\"");
    return std::nullopt;
}

std::optional<std::chrono::year_month_day> TomlReader::date(const toml::table& t, std::string_view key,
                                                            std::string_view where) {
    const toml::node* node = t.get(key);
    if (!node) {
        return std::nullopt;
    }
    if (node->is_date()) {
        const toml::date& d = node->as_date()->get();
        std::chrono::year_month_day ymd{std::chrono::year(d.year), std::chrono::month(d.month),
                                        std::chrono::day(d.day)};
        return ymd;
    }
    if (node->is_string()) {
        if (auto value = util::parse_date(node->as_string()->get())) {
            return value;
        }
        error(locate(*node), "\"" + std::string(key) + "\" in " + std::string(where) + " is \"" +
                                 util::printable(node->as_string()->get()) + "\", not a date; write YYYY-MM-DD");
        return std::nullopt;
    }
    wrong_type(*node, key, where, "a date (YYYY-MM-DD)");
    return std::nullopt;
}

std::optional<toml::table> parse_toml(std::string_view text, std::string_view path, util::Diagnostics& diagnostics) {
    if (std::optional<TomlHazard> hazard = find_toml_hazard(text)) {
        diagnostics.error({std::string(path), hazard->line, hazard->column}, hazard->message);
        return std::nullopt;
    }
    try {
        return toml::parse(text, path);
    } catch (const toml::parse_error& e) {
        const auto& begin = e.source().begin;
        diagnostics.error({std::string(path), begin.line, begin.column},
                          "TOML syntax error: " + std::string(e.description()));
    } catch (const std::exception& e) { // std::bad_alloc and whatever else toml++ lets through
        diagnostics.error({std::string(path), 0, 0}, "TOML could not be parsed: " + std::string(e.what()));
    }
    return std::nullopt;
}

} // namespace axg::load
