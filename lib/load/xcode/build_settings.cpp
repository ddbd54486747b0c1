#include "load/xcode/build_settings.hpp"

#include <cctype>

#include "util/text.hpp"

namespace axg::load {

namespace {

constexpr int k_max_expansion_depth = 16;

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// Replaces every `$(inherited)` / `${inherited}` in `value` with `previous`.
std::string substitute_inherited(std::string_view value, std::string_view previous) {
    std::string out;
    bool substituted = false;
    std::size_t i = 0;
    while (i < value.size()) {
        std::string_view rest = value.substr(i);
        if (rest.starts_with("$(inherited)") || rest.starts_with("${inherited}")) {
            out += previous;
            substituted = true;
            i += 12;
        } else {
            out += value[i];
            ++i;
        }
    }
    // "$(inherited) -foo" with nothing inherited leaves a stray space; Xcode trims it too.
    return substituted ? std::string(util::trim(out)) : out;
}

std::string apply_operator(std::string value, std::string_view op) {
    if (op == "lower" || op == "upper") {
        for (char& c : value) {
            c = static_cast<char>(op == "lower" ? std::tolower(static_cast<unsigned char>(c))
                                                : std::toupper(static_cast<unsigned char>(c)));
        }
    } else if (op == "rfc1034identifier") {
        for (char& c : value) {
            if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '-' && c != '.') {
                c = '-';
            }
        }
    } else if (op == "c99extidentifier" || op == "identifier") {
        for (char& c : value) {
            if (!is_name_char(c)) {
                c = '_';
            }
        }
        if (!value.empty() && std::isdigit(static_cast<unsigned char>(value[0])) != 0) {
            value.insert(value.begin(), '_');
        }
    } else if (op.starts_with("default=")) {
        if (value.empty()) {
            value = std::string(op.substr(8));
        }
    }
    return value;
}

std::string expand(std::string_view value, const BuildSettings& settings, int depth) {
    if (depth > k_max_expansion_depth) {
        return std::string(value);
    }
    std::string out;
    std::size_t i = 0;
    while (i < value.size()) {
        if (value[i] != '$' || i + 1 >= value.size() || (value[i + 1] != '(' && value[i + 1] != '{')) {
            out += value[i];
            ++i;
            continue;
        }
        char open = value[i + 1];
        char close = open == '(' ? ')' : '}';
        std::size_t j = i + 2;
        int nesting = 1;
        while (j < value.size()) {
            if (value[j] == open) {
                ++nesting;
            } else if (value[j] == close) {
                --nesting;
                if (nesting == 0) {
                    break;
                }
            }
            ++j;
        }
        if (j >= value.size()) {
            out += value.substr(i);
            break;
        }
        std::string inner = expand(value.substr(i + 2, j - i - 2), settings, depth + 1);
        std::string_view name = inner;
        std::vector<std::string_view> operators;
        if (std::size_t colon = name.find(':'); colon != std::string_view::npos) {
            std::string_view ops = name.substr(colon + 1);
            name = name.substr(0, colon);
            while (!ops.empty()) {
                std::size_t comma = ops.find(',');
                operators.push_back(ops.substr(0, comma));
                ops = comma == std::string_view::npos ? std::string_view() : ops.substr(comma + 1);
            }
        }
        auto found = settings.find(name);
        if (found == settings.end()) {
            out += '$';
            out += open;
            out += inner;
            out += close;
        } else {
            std::string replaced = expand(found->second, settings, depth + 1);
            for (std::string_view op : operators) {
                replaced = apply_operator(std::move(replaced), op);
            }
            out += replaced;
        }
        i = j + 1;
    }
    return out;
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
        } else {
            continue;
        }
        if (!glob_match(condition.pattern, subject)) {
            return false;
        }
    }
    return true;
}

void apply_settings(BuildSettings& settings, const std::vector<SettingAssignment>& layer,
                    const SettingContext& context) {
    std::map<std::string, std::size_t, std::less<>> specificity;
    for (const SettingAssignment& assignment : layer) {
        if (!conditions_match(assignment.conditions, context)) {
            continue;
        }
        auto known = specificity.find(assignment.key);
        if (known != specificity.end() && known->second > assignment.conditions.size()) {
            continue;
        }
        specificity[assignment.key] = assignment.conditions.size();
        auto previous = settings.find(assignment.key);
        std::string_view before = previous == settings.end() ? std::string_view() : previous->second;
        settings[assignment.key] = substitute_inherited(assignment.value, before);
    }
}

std::string expand_settings(std::string_view value, const BuildSettings& settings) {
    return expand(value, settings, 0);
}

} // namespace axg::load
