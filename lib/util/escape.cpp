#include "util/escape.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <cstdio>

namespace axg::util {

namespace {
constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

// Calls `ascii(c, out)` for each ASCII byte and copies valid multi-byte sequences unchanged.
template <class Ascii> std::string transform(std::string_view text, Ascii ascii) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t code_point = 0;
        std::size_t n = decode_utf8(text, i, code_point);
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

// A control character neither XML 1.0 nor HTML can carry as text, shown as a visible "\x1b".
void visible_control(unsigned char c, std::string& out) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    out += buf;
}

bool is_control(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
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
    return transform(without_unicode_hazards(text), [](char c, std::string& out) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '`': out += "&#96;"; break;
        default:
            if (is_control(static_cast<unsigned char>(c))) {
                visible_control(static_cast<unsigned char>(c), out);
            } else {
                out += c;
            }
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
            if (is_control(u)) {
                visible_control(u, out);
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
