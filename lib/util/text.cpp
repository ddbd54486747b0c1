#include "util/text.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>

namespace axg::util {

std::string_view trim(std::string_view text) {
    constexpr std::string_view spaces = " \t\r\n\f\v";
    std::size_t begin = text.find_first_not_of(spaces);
    if (begin == std::string_view::npos) {
        return {};
    }
    return text.substr(begin, text.find_last_not_of(spaces) - begin + 1);
}

std::string to_lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool contains_ci(std::string_view haystack, std::string_view needle) {
    return to_lower(haystack).find(to_lower(needle)) != std::string::npos;
}

namespace {
template <typename Part> std::string join_parts(std::span<const Part> parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i != 0) {
            out += separator;
        }
        out += parts[i];
    }
    return out;
}
} // namespace

std::string join(std::span<const std::string> parts, std::string_view separator) {
    return join_parts(parts, separator);
}

std::string join(std::span<const std::string_view> parts, std::string_view separator) {
    return join_parts(parts, separator);
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
    if (a.size() > b.size() + cap || b.size() > a.size() + cap) {
        return cap + 1;
    }
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        prev[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > cap) {
            return cap + 1;
        }
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], cap + 1);
}

std::string closest_match(std::string_view word, std::span<const std::string> candidates) {
    std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
    std::string best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        std::size_t d = edit_distance(to_lower(word), to_lower(candidate), limit);
        if (d < best_distance || (d == best_distance && !best.empty() && candidate < best)) {
            best_distance = d;
            best = candidate;
        }
    }
    return best_distance <= limit ? best : std::string();
}

std::string quoted_list(std::span<const std::string> values, std::string_view last_separator) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i != 0) {
            out += i + 1 == values.size() ? " " + std::string(last_separator) + " " : ", ";
        }
        out += '"' + values[i] + '"';
    }
    return out;
}

namespace {

// printable, or with `ascii_too` false only the non-ASCII part of it.
std::string visible(std::string_view text, bool ascii_too) {
    std::string out;
    out.reserve(text.size());
    char buf[16];
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80 && !ascii_too) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        if (c < 0x80) {
            if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c == '\t') {
                out += "\\t";
            } else if (c < 0x20 || c == 0x7f) {
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) { // not UTF-8: the byte, visibly
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
            ++i;
        } else if (is_unicode_hazard(cp)) {
            std::snprintf(buf, sizeof buf, "\\u{%04X}", static_cast<unsigned>(cp));
            out += buf;
            i += length;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}
} // namespace

std::string printable(std::string_view text) {
    return visible(text, true);
}

std::string printable_lines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        out += printable(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) {
            break;
        }
        out += '\n';
        start = end + 1;
    }
    return out;
}

std::string without_unicode_hazards(std::string_view text) {
    return visible(text, false);
}

} // namespace axg::util
