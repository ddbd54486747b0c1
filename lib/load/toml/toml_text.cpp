#include "load/toml/toml_text.hpp"

namespace axg::load {

std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (unsigned char ch : text) {
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (ch < 0x20 || ch == 0x7f) {
                static const char hex[] = "0123456789ABCDEF";
                out += "\\u00";
                out += hex[ch >> 4];
                out += hex[ch & 0xf];
            } else {
                out += static_cast<char>(ch);
            }
        }
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
