#include "load/toml/toml_text.hpp"

#include <cstdio>

#include "util/utf8.hpp"

namespace axg::load {

namespace {
// A four-digit \u escape (every code point escaped here is below U+10000).
void escape(std::uint32_t cp, std::string& out) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
    out += buf;
}
} // namespace

std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t cp = 0;
        std::size_t n = util::decode_utf8(text, i, cp);
        if (n == 0 || cp == 0) { // TOML cannot carry bytes that are not UTF-8, and appexguard reads no NUL
            out += "\xEF\xBF\xBD";
            i += n == 0 ? 1 : n;
            continue;
        }
        switch (cp) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (cp < 0x20 || cp == 0x7f || util::is_unicode_hazard(cp)) {
                escape(cp, out);
            } else {
                out.append(text.substr(i, n));
            }
        }
        i += n;
    }
    return out + "\"";
}
std::string toml_key(std::string_view key) {
    bool bare = !key.empty();
    for (char ch : key) {
        bool ok =
            (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
        bare = bare && ok;
    }
    return bare ? std::string(key) : toml_string(key);
}

} // namespace axg::load
