#include "load/xcode/build_settings.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "util/text.hpp"

namespace axg::load {

namespace {

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// The key as it would be written in a dictionary, for Xcode's ordering of dictionary layers.
std::string written_key(const SettingAssignment& assignment) {
    std::string out = assignment.key;
    for (const SettingCondition& condition : assignment.conditions) {
        out += "[" + condition.name + "=" + condition.pattern + "]";
    }
    return out;
}

std::string cut_message(std::string_view key) {
    return "the value of " + std::string(key) + " is longer than " + std::to_string(k_max_expansion_bytes) +
           " bytes once its inherited value is substituted (the limit for one value); it is cut there";
}

} // namespace

bool is_valid_setting_name(std::string_view name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])) != 0) {
        return false;
    }
    for (char c : name) {
        if (!is_name_char(c)) {
            return false;
        }
    }
    return true;
}

SplitKey split_setting_key(std::string_view text) {
    SplitKey out;
    std::size_t bracket = text.find('[');
    out.key = std::string(util::trim(text.substr(0, bracket)));
    if (!is_valid_setting_name(out.key)) {
        out.error = "'" + out.key + "' is not a valid build setting name";
        return out;
    }
    std::size_t i = bracket;
    while (i != std::string_view::npos && i < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[i])) != 0) {
            ++i;
            continue;
        }
        if (text[i] != '[') {
            out.error = "expected '[' to start a condition";
            out.error_offset = i;
            return out;
        }
        std::size_t end = text.find(']', i);
        if (end == std::string_view::npos) {
            out.error = "unterminated condition: missing ']'";
            out.error_offset = i;
            return out;
        }
        std::string_view body = text.substr(i + 1, end - i - 1);
        std::size_t equals = body.find('=');
        if (equals == std::string_view::npos) {
            out.error = "a condition is written '[name=value]'";
            out.error_offset = i;
            return out;
        }
        SettingCondition condition{std::string(util::trim(body.substr(0, equals))),
                                   std::string(util::trim(body.substr(equals + 1)))};
        if (condition.name != "config" && condition.name != "sdk" && condition.name != "arch" &&
            condition.name != "variant" && condition.name != "dialect") {
            out.error = "unknown condition '" + condition.name + "' (expected config, sdk, arch, variant or dialect)";
            out.error_offset = i + 1;
            return out;
        }
        out.conditions.push_back(std::move(condition));
        i = end + 1;
    }
    return out;
}

bool glob_match(std::string_view pattern, std::string_view text) {
    // Iterative matcher with single-star backtracking: linear in practice, never recursive.
    std::size_t p = 0;
    std::size_t t = 0;
    std::size_t star = std::string_view::npos;
    std::size_t star_text = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            star_text = t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            t = ++star_text;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') {
        ++p;
    }
    return p == pattern.size();
}

bool conditions_match(const std::vector<SettingCondition>& conditions, const SettingContext& context) {
    for (const SettingCondition& condition : conditions) {
        std::string_view subject;
        if (condition.name == "config") {
            subject = context.configuration;
        } else if (condition.name == "sdk") {
            subject = context.sdk;
        } else if (condition.name == "arch") {
            subject = context.arch;
        } else if (condition.name == "variant") {
            subject = "normal";
        } else if (condition.pattern == "*") {
            continue; // Xcode: a parameter without a value matches only the match-anything pattern
        } else {
            return false;
        }
        if (!glob_match(condition.pattern, subject)) {
            return false;
        }
    }
    return true;
}

void apply_settings(BuildSettings& settings, const std::vector<SettingAssignment>& layer, const SettingContext& context,
                    util::Diagnostics* diagnostics) {
    std::set<std::string_view> cut; // each key's first cut only: later `A = $(A)$(A)` lines would repeat it
    for (const SettingAssignment& assignment : layer) {
        if (!conditions_match(assignment.conditions, context)) {
            continue;
        }
        if (!assign_setting(settings, assignment.key, assignment.value) && diagnostics != nullptr &&
            cut.insert(assignment.key).second) {
            diagnostics->limit(assignment.location, cut_message(assignment.key));
        }
    }
}

bool assign_setting(BuildSettings& settings, std::string_view key, std::string_view value) {
    auto previous = settings.find(key);
    std::string_view before = previous == settings.end() ? std::string_view() : std::string_view(previous->second);
    bool truncated = false;
    std::string assigned = substitute_inherited(value, key, before, truncated);
    if (previous == settings.end()) {
        settings.emplace(std::string(key), std::move(assigned));
    } else {
        previous->second = std::move(assigned);
    }
    return !truncated;
}

void order_as_dictionary(std::vector<SettingAssignment>& layer) {
    std::stable_sort(layer.begin(), layer.end(), [](const SettingAssignment& a, const SettingAssignment& b) {
        return written_key(a) < written_key(b);
    });
}

Expansion expand_setting(std::string_view value, const BuildSettings& settings, const ExpansionOptions& options) {
    SettingLookup lookup = [&settings](std::string_view name) -> std::optional<std::string> {
        auto found = settings.find(name);
        return found == settings.end() ? std::nullopt : std::optional<std::string>(found->second);
    };
    return expand_setting(value, lookup, options);
}

} // namespace axg::load
