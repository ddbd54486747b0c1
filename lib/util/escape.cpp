#include "util/escape.hpp"

#include "util/text.hpp"

#include <cstdio>

namespace axg::util {

namespace {
// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not valid.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char c = byte(i);
    if (c < 0x80) {
        return 1;
    }
    std::size_t n = 0;
    std::uint32_t min = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        n = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, min = 0x10000, cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + n > text.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    return n;
}

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

// Calls `ascii(c, out)` for each ASCII byte and copies valid multi-byte sequences unchanged.
template <class Ascii> std::string transform(std::string_view text, Ascii ascii) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = utf8_length(text, i);
        if (n == 0) {
            out += k_replacement;
            ++i;
        } else if (n == 1) {
            ascii(text[i], out);
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

void numeric_reference(char c, std::string& out) {
    out += "&#";
    out += std::to_string(static_cast<unsigned char>(c));
    out += ';';
}
} // namespace

std::string valid_utf8(std::string_view text) {
    return transform(text, [](char c, std::string& out) { out += c; });
}

std::string escape_html(std::string_view text) {
    return transform(text, [](char c, std::string& out) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '`': out += "&#96;"; break;
        case '\0': out += k_replacement; break;
        default: out += c;
        }
    });
}

std::string escape_xml(std::string_view text) {
    return transform(text, [](char c, std::string& out) {
        auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\t':
        case '\n':
        case '\r': numeric_reference(c, out); break;
        default:
            if (u < 0x20 || u == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", u);
                out += buf;
            } else {
                out += c;
            }
        }
    });
}

std::string escape_markdown(std::string_view text) {
    static constexpr std::string_view k_special = "\\`*_{}[]<>#+|~&!$";
    return transform(without_unicode_hazards(text), [](char c, std::string& out) {
        auto u = static_cast<unsigned char>(c);
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
        } else if (u < 0x20 || u == 0x7f) {
            out += k_replacement;
        } else if (c == '@') {
            // A zero-width space after '@' keeps "@org/team" from notifying anyone.
            out += "@\xE2\x80\x8B";
        } else if (k_special.find(c) != std::string_view::npos) {
            numeric_reference(c, out);
        } else {
            out += c;
        }
    });
}

} // namespace axg::util
