#include "load/xcode/variables.hpp"

#include <algorithm>
#include <cctype>

namespace axg::load {

namespace {
constexpr int k_max_depth = 16; // settings that refer to each other in a cycle stop here

std::string apply_modifier(std::string value, std::string_view modifier, bool& ok) {
    ok = true;
    if (modifier == "lower") {
        std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
    } else if (modifier == "upper") {
        std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::toupper(c); });
    } else if (modifier == "rfc1034identifier") {
        for (auto& c : value) {
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.') {
                c = '-';
            }
        }
    } else if (modifier == "c99extidentifier" || modifier == "identifier") {
        for (auto& c : value) {
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') {
                c = '_';
            }
        }
    } else if (modifier.starts_with("default=")) {
        if (value.empty()) {
            value = std::string(modifier.substr(8));
        }
    } else {
        ok = false;
    }
    return value;
}

class Expander {
public:
    explicit Expander(const VariableLookup& lookup) : m_lookup(lookup) {}

    std::string run(std::string_view text, int depth, std::vector<std::string>& unresolved) {
        std::string out;
        std::size_t i = 0;
        while (i < text.size()) {
            char c = text[i];
            if (c == '$' && i + 1 < text.size() && text[i + 1] == '$') {
                out += '$';
                i += 2;
                continue;
            }
            if (c == '$' && i + 1 < text.size() && (text[i + 1] == '(' || text[i + 1] == '{')) {
                char close = text[i + 1] == '(' ? ')' : '}';
                std::size_t end = find_close(text, i + 2, text[i + 1], close);
                if (end == std::string_view::npos) {
                    unresolved.emplace_back(text.substr(i));
                    out += text.substr(i);
                    break;
                }
                std::string_view inner = text.substr(i + 2, end - i - 2);
                out += reference(text.substr(i, end + 1 - i), inner, depth, unresolved);
                i = end + 1;
                continue;
            }
            out += c;
            ++i;
        }
        return out;
    }

private:
    static std::size_t find_close(std::string_view text, std::size_t from, char open, char close) {
        int level = 1;
        for (std::size_t j = from; j < text.size(); ++j) {
            if (text[j] == open && j > 0 && text[j - 1] == '$') {
                ++level;
            } else if (text[j] == close && --level == 0) {
                return j;
            }
        }
        return std::string_view::npos;
    }

    std::string reference(std::string_view whole, std::string_view inner, int depth,
                          std::vector<std::string>& unresolved) {
        if (depth >= k_max_depth) {
            unresolved.emplace_back(inner);
            return std::string(whole);
        }
        // The name itself may hold references: $(PRODUCT_$(VARIANT)).
        std::vector<std::string> inner_unresolved;
        std::string spec = run(inner, depth + 1, inner_unresolved);
        if (!inner_unresolved.empty()) {
            unresolved.insert(unresolved.end(), inner_unresolved.begin(), inner_unresolved.end());
            return std::string(whole);
        }
        std::string_view name = spec;
        std::string_view modifier;
        if (auto colon = name.find(':'); colon != std::string_view::npos) {
            modifier = name.substr(colon + 1);
            name = name.substr(0, colon);
        }
        auto value = m_lookup(name);
        if (!value) {
            if (modifier.starts_with("default=")) {
                value = std::string();
            } else {
                unresolved.emplace_back(spec);
                return std::string(whole);
            }
        }
        std::vector<std::string> nested_unresolved;
        std::string expanded = run(*value, depth + 1, nested_unresolved);
        if (!nested_unresolved.empty()) {
            unresolved.insert(unresolved.end(), nested_unresolved.begin(), nested_unresolved.end());
            return std::string(whole);
        }
        if (!modifier.empty()) {
            bool ok = true;
            expanded = apply_modifier(std::move(expanded), modifier, ok);
            if (!ok) {
                unresolved.emplace_back(spec);
                return std::string(whole);
            }
        }
        return expanded;
    }

    const VariableLookup& m_lookup;
};
} // namespace

Expansion expand_variables(std::string_view text, const VariableLookup& lookup) {
    Expansion result;
    if (!has_variables(text)) {
        result.text = std::string(text);
        return result;
    }
    Expander expander(lookup);
    result.text = expander.run(text, 0, result.unresolved);
    return result;
}

bool has_variables(std::string_view text) { return text.find('$') != std::string_view::npos; }

} // namespace axg::load
