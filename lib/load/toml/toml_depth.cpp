#include "load/toml/toml_depth.hpp"

#include <vector>

namespace axg::load {

namespace {

// An array or inline table open in the value being scanned; an inline table's current entry adds its key segments.
struct Frame {
    char kind = '[';
    int key_segments = 0;
};

class DepthScanner {
public:
    explicit DepthScanner(std::string_view text) : m_text(text) {}

    std::optional<TomlDepthError> run() {
        while (m_pos < m_text.size() && !m_error) {
            step();
        }
        return m_error;
    }

private:
    enum class Context { LineStart, Header, Key, Value };

    char peek(std::size_t ahead = 0) const {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    // Consumes one byte, keeping line and column (columns count code points, as toml++'s do).
    void advance() {
        unsigned char c = static_cast<unsigned char>(m_text[m_pos++]);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0u) != 0x80u) {
            ++m_column;
        }
    }

    int depth() const {
        int total = m_header_depth + m_key_segments;
        for (const Frame& frame : m_stack) {
            total += 1 + frame.key_segments;
        }
        return total;
    }
    // Called after every level added, with the position of the character that added it.
    void check(std::uint32_t line, std::uint32_t column) {
        if (int d = depth(); d > k_max_toml_depth && !m_error) {
            m_error = TomlDepthError{line, column, d};
        }
    }

    // Strings are skipped whole: nothing inside one opens a level. An unterminated one ends at the end of its line
    // (single-line) or of the text (multi-line), where toml++ stops with a syntax error.
    void skip_string() {
        char quote = peek();
        bool basic = quote == '"';
        bool multiline = peek(1) == quote && peek(2) == quote;
        for (int i = 0; i < (multiline ? 3 : 1); ++i) {
            advance();
        }
        while (m_pos < m_text.size()) {
            char c = peek();
            if (basic && c == '\\') {
                advance();
                if (m_pos < m_text.size()) {
                    advance();
                }
                continue;
            }
            if (!multiline && c == '\n') {
                return;
            }
            if (c == quote && (!multiline || (peek(1) == quote && peek(2) == quote))) {
                for (int i = 0; i < (multiline ? 3 : 1); ++i) {
                    advance();
                }
                // """"" closes after up to two quotes that belong to the content.
                for (int extra = 0; multiline && extra < 2 && peek() == quote; ++extra) {
                    advance();
                }
                return;
            }
            advance();
        }
    }
    void skip_comment() {
        while (m_pos < m_text.size() && peek() != '\n') {
            advance();
        }
    }

    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

    // A key (top level, or an inline table's entry) or a table header: one level per segment.
    void key_character(char c, bool header) {
        int& segments = header ? m_header_depth : (m_stack.empty() ? m_key_segments : m_stack.back().key_segments);
        if (c == '.') {
            m_expect_segment = true;
            advance();
            return;
        }
        if (m_expect_segment) {
            m_expect_segment = false;
            ++segments;
            check(m_line, m_column);
        }
        if (c == '"' || c == '\'') {
            skip_string();
        } else {
            advance();
        }
    }

    void start_key() {
        m_context = Context::Key;
        m_expect_segment = true;
    }

    void newline() {
        advance();
        if (m_stack.empty()) {
            m_context = Context::LineStart;
            m_key_segments = 0;
        }
    }

    void step() {
        char c = peek();
        if (is_space(c)) {
            advance();
            return;
        }
        if (c == '\n') {
            newline();
            return;
        }
        switch (m_context) {
        case Context::LineStart:
            if (c == '#') {
                skip_comment();
            } else if (c == '[') {
                std::uint32_t line = m_line, column = m_column;
                advance();
                m_header_depth = 0;
                if (peek() == '[') { // [[array.of.tables]]: the array is a level of its own
                    advance();
                    m_header_depth = 1;
                    check(line, column);
                }
                m_context = Context::Header;
                m_expect_segment = true;
            } else {
                start_key();
            }
            return;
        case Context::Header:
            if (c == ']') {
                advance();
                if (peek() == ']') {
                    advance();
                }
                m_context = Context::Value; // only a comment may follow; anything else still counts
            } else if (c == '#') {
                skip_comment();
            } else {
                key_character(c, true);
            }
            return;
        case Context::Key:
            if (c == '=') {
                advance();
                m_context = Context::Value;
            } else if (c == '}' && !m_stack.empty() && m_stack.back().kind == '{') {
                advance();
                m_stack.pop_back();
                m_context = Context::Value;
            } else if (c == '#') {
                skip_comment();
            } else {
                key_character(c, false);
            }
            return;
        case Context::Value: value_character(c); return;
        }
    }

    void value_character(char c) {
        std::uint32_t line = m_line, column = m_column;
        switch (c) {
        case '"':
        case '\'': skip_string(); return;
        case '#': skip_comment(); return;
        case '[':
            advance();
            m_stack.push_back({'[', 0});
            check(line, column);
            return;
        case '{':
            advance();
            m_stack.push_back({'{', 0});
            check(line, column);
            start_key();
            return;
        case ']':
        case '}':
            // A bracket that closes nothing open is a syntax error for toml++; here it closes nothing.
            advance();
            if (!m_stack.empty() && m_stack.back().kind == (c == ']' ? '[' : '{')) {
                m_stack.pop_back();
            }
            return;
        case ',':
            advance();
            if (!m_stack.empty() && m_stack.back().kind == '{') {
                m_stack.back().key_segments = 0;
                start_key();
            }
            return;
        default: advance(); return; // part of a number, date, boolean or bare word
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::uint32_t m_line = 1;
    std::uint32_t m_column = 1;
    Context m_context = Context::LineStart;
    bool m_expect_segment = false;
    int m_header_depth = 0; // the current [table] or [[array]]
    int m_key_segments = 0; // the top-level key of the current line
    std::vector<Frame> m_stack;
    std::optional<TomlDepthError> m_error;
};

} // namespace

std::optional<TomlDepthError> find_toml_too_deep(std::string_view text) {
    return DepthScanner(text).run();
}

} // namespace axg::load
