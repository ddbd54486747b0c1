#include "load/xcode/pbxproj.hpp"

#include <cctype>

#include "util/file.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace axg::load {

const PbxValue* PbxValue::find(std::string_view key) const {
    if (kind != Kind::Dict) {
        return nullptr;
    }
    for (std::size_t i = keys.size(); i > 0; --i) {
        if (keys[i - 1] == key) {
            return &items[i - 1];
        }
    }
    return nullptr;
}

std::string_view PbxValue::string_at(std::string_view key) const {
    const PbxValue* value = find(key);
    return value != nullptr && value->is_string() ? std::string_view(value->text) : std::string_view();
}

namespace {

// Thrown only inside this file; parse_pbxproj turns it into a diagnostic.
struct ParseError {
    std::uint32_t line;
    std::uint32_t column;
    std::string message;
};

bool is_unquoted_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' || c == '/' || c == ':' ||
           c == '.' || c == '-';
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::string describe(char c) {
    if (std::isprint(static_cast<unsigned char>(c)) != 0) {
        return std::string("'") + c + "'";
    }
    return util::printable(std::string_view(&c, 1));
}

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    PbxValue parse_document() {
        if (m_text.starts_with("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_line_start = 3;
        }
        skip_space();
        if (at_end()) {
            fail("empty file: expected a '{' dictionary");
        }
        PbxValue root = parse_value(0);
        skip_space();
        if (!at_end()) {
            fail("unexpected " + describe(peek()) + " after the end of the top-level value");
        }
        return root;
    }

private:
    bool at_end() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }
    std::uint32_t column() const { return static_cast<std::uint32_t>(m_pos - m_line_start + 1); }

    [[noreturn]] void fail(std::string message) const { fail_at(m_line, column(), std::move(message)); }
    [[noreturn]] static void fail_at(std::uint32_t line, std::uint32_t column, std::string message) {
        throw ParseError{line, column, std::move(message)};
    }

    void advance() {
        if (m_text[m_pos] == '\n') {
            ++m_line;
            m_line_start = m_pos + 1;
        }
        ++m_pos;
    }

    void skip_space() {
        while (!at_end()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
                advance();
            } else if (c == '/' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '/') {
                while (!at_end() && peek() != '\n') {
                    advance();
                }
            } else if (c == '/' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '*') {
                std::uint32_t line = m_line;
                std::uint32_t col = column();
                advance();
                advance();
                while (true) {
                    if (at_end()) {
                        fail_at(line, col, "unterminated comment: missing '*/'");
                    }
                    if (peek() == '*' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '/') {
                        advance();
                        advance();
                        break;
                    }
                    advance();
                }
            } else {
                break;
            }
        }
    }

    PbxValue start_value(PbxValue::Kind kind) const {
        PbxValue value;
        value.kind = kind;
        value.line = m_line;
        value.column = column();
        return value;
    }

    PbxValue parse_value(int depth) {
        if (at_end()) {
            fail("unexpected end of file: expected a value");
        }
        char c = peek();
        if (c == '{' || c == '(') {
            if (depth >= k_max_pbxproj_depth) {
                fail("nesting deeper than " + std::to_string(k_max_pbxproj_depth) + " levels");
            }
            return c == '{' ? parse_dict(depth + 1) : parse_array(depth + 1);
        }
        if (c == '"' || c == '\'') {
            return parse_quoted();
        }
        if (c == '<') {
            return parse_data();
        }
        if (is_unquoted_char(c)) {
            return parse_unquoted();
        }
        fail("unexpected " + describe(c) + ": expected a value");
    }

    PbxValue parse_dict(int depth) {
        PbxValue dict = start_value(PbxValue::Kind::Dict);
        advance(); // '{'
        while (true) {
            skip_space();
            if (at_end()) {
                fail_at(dict.line, dict.column, "unterminated dictionary: missing '}'");
            }
            if (peek() == '}') {
                advance();
                return dict;
            }
            char c = peek();
            if (c != '"' && c != '\'' && !is_unquoted_char(c)) {
                fail("unexpected " + describe(c) + ": expected a key or '}'");
            }
            PbxValue key = c == '"' || c == '\'' ? parse_quoted() : parse_unquoted();
            skip_space();
            if (at_end() || peek() != '=') {
                fail(at_end() ? "unexpected end of file: expected '=' after key '" + util::printable(key.text) + "'"
                              : "expected '=' after key '" + util::printable(key.text) + "'");
            }
            advance();
            skip_space();
            PbxValue value = parse_value(depth);
            skip_space();
            if (at_end() || peek() != ';') {
                fail(at_end()
                         ? "unexpected end of file: expected ';' after the value of '" + util::printable(key.text) + "'"
                         : "expected ';' after the value of '" + util::printable(key.text) + "'");
            }
            advance();
            dict.keys.push_back(std::move(key.text));
            dict.items.push_back(std::move(value));
        }
    }

    PbxValue parse_array(int depth) {
        PbxValue array = start_value(PbxValue::Kind::Array);
        advance(); // '('
        while (true) {
            skip_space();
            if (at_end()) {
                fail_at(array.line, array.column, "unterminated array: missing ')'");
            }
            if (peek() == ')') {
                advance();
                return array;
            }
            array.items.push_back(parse_value(depth));
            skip_space();
            if (at_end()) {
                fail_at(array.line, array.column, "unterminated array: missing ')'");
            }
            if (peek() == ',') {
                advance();
            } else if (peek() != ')') {
                fail("expected ',' or ')' in array");
            }
        }
    }

    PbxValue parse_unquoted() {
        PbxValue value = start_value(PbxValue::Kind::String);
        std::size_t begin = m_pos;
        while (!at_end() && is_unquoted_char(peek())) {
            advance();
        }
        value.text = std::string(m_text.substr(begin, m_pos - begin));
        return value;
    }

    PbxValue parse_quoted() {
        PbxValue value = start_value(PbxValue::Kind::String);
        char quote = peek();
        advance();
        std::uint32_t pending_high = 0; // a UTF-16 high surrogate waiting for its low half
        while (true) {
            if (at_end()) {
                fail_at(value.line, value.column, "unterminated string: missing closing quote");
            }
            char c = peek();
            if (c == quote) {
                advance();
                break;
            }
            if (c != '\\') {
                flush_surrogate(value.text, pending_high);
                value.text += c;
                advance();
                continue;
            }
            std::uint32_t esc_line = m_line;
            std::uint32_t esc_col = column();
            advance();
            if (at_end()) {
                fail_at(value.line, value.column, "unterminated string: missing closing quote");
            }
            char e = peek();
            advance();
            if (e == 'U' || e == 'u') {
                std::uint32_t code = 0;
                int digits = 0;
                while (digits < 4 && !at_end() && hex_value(peek()) >= 0) {
                    code = code * 16 + static_cast<std::uint32_t>(hex_value(peek()));
                    advance();
                    ++digits;
                }
                if (digits == 0) {
                    fail_at(esc_line, esc_col, "'\\U' must be followed by hex digits");
                }
                if (code >= 0xD800 && code <= 0xDBFF) {
                    flush_surrogate(value.text, pending_high);
                    pending_high = code;
                } else if (code >= 0xDC00 && code <= 0xDFFF && pending_high != 0) {
                    util::append_utf8(value.text, 0x10000 + ((pending_high - 0xD800) << 10) + (code - 0xDC00));
                    pending_high = 0;
                } else {
                    flush_surrogate(value.text, pending_high);
                    util::append_utf8(value.text, code >= 0xD800 && code <= 0xDFFF ? 0xFFFD : code);
                }
                continue;
            }
            flush_surrogate(value.text, pending_high);
            if (e >= '0' && e <= '7') {
                unsigned code = static_cast<unsigned>(e - '0');
                for (int n = 0; n < 2 && !at_end() && peek() >= '0' && peek() <= '7'; ++n) {
                    code = code * 8 + static_cast<unsigned>(peek() - '0');
                    advance();
                }
                // NeXTSTEP encoding for high octal values; Latin-1 is the close, common subset.
                util::append_utf8(value.text, code & 0xFF);
                continue;
            }
            switch (e) {
            case 'a': value.text += '\a'; break;
            case 'b': value.text += '\b'; break;
            case 'f': value.text += '\f'; break;
            case 'n': value.text += '\n'; break;
            case 'r': value.text += '\r'; break;
            case 't': value.text += '\t'; break;
            case 'v': value.text += '\v'; break;
            default: value.text += e; break; // \" \' \\ and anything else stand for themselves
            }
        }
        flush_surrogate(value.text, pending_high);
        return value;
    }

    static void flush_surrogate(std::string& out, std::uint32_t& pending_high) {
        if (pending_high != 0) {
            util::append_utf8(out, 0xFFFD);
            pending_high = 0;
        }
    }

    PbxValue parse_data() {
        PbxValue value = start_value(PbxValue::Kind::Data);
        advance(); // '<'
        int high = -1;
        while (true) {
            if (at_end()) {
                fail_at(value.line, value.column, "unterminated data: missing '>'");
            }
            char c = peek();
            if (c == '>') {
                if (high >= 0) {
                    fail("data has an odd number of hex digits");
                }
                advance();
                return value;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                advance();
                continue;
            }
            int digit = hex_value(c);
            if (digit < 0) {
                fail("unexpected " + describe(c) + " in data: expected hex digits or '>'");
            }
            if (high < 0) {
                high = digit;
            } else {
                value.text += static_cast<char>(high * 16 + digit);
                high = -1;
            }
            advance();
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_line_start = 0;
    std::uint32_t m_line = 1;
};

} // namespace

std::optional<PbxValue> parse_pbxproj(std::string_view text, std::string_view path_for_messages,
                                      util::Diagnostics& diagnostics) {
    std::string file(path_for_messages);
    if (std::string too_large = util::over_input_limit(text.size()); !too_large.empty()) {
        diagnostics.error({file, 0, 0}, too_large);
        return std::nullopt;
    }
    try {
        Parser parser(text);
        PbxValue root = parser.parse_document();
        if (!root.is_dict()) {
            diagnostics.error({file, root.line, root.column}, "the top-level value must be a '{' dictionary");
            return std::nullopt;
        }
        return root;
    } catch (const ParseError& error) {
        diagnostics.error({file, error.line, error.column}, error.message);
        return std::nullopt;
    }
}

} // namespace axg::load
