#pragma once
// A streaming JSON writer for the documents too large to build as nlohmann values first (`threats --format json`
// at 100,000 channels writes 480,000 threats, 310 MB): values go straight to the stream, with the layout and
// escaping of nlohmann's dump(2) (indent 2, ensure_ascii off, invalid UTF-8 replaced by U+FFFD), byte for byte, so a
// report reads the same whichever way it was written.

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace axg::report {

class JsonWriter {
public:
    // `depth`: the nesting the first value is written at (its members are indented depth + 1 levels).
    // What is written is buffered and goes to `out` in blocks (std::cout writes through stdio: a call per token
    // was 8 % of `threats` at 100,000 channels), at flush() and on destruction.
    explicit JsonWriter(std::ostream& out, int depth = 0) : m_out(out), m_depth(depth) {}
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;
    void flush();

    JsonWriter& begin_object() { return open("{"); }
    JsonWriter& end_object() { return close("}"); }
    JsonWriter& begin_array() { return open("["); }
    JsonWriter& end_array() { return close("]"); }
    // The key of the next value, inside an object.
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(std::uint64_t number);
    JsonWriter& value(std::uint32_t number) { return value(static_cast<std::uint64_t>(number)); }
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();
    // An array of strings.
    template <typename Range> JsonWriter& strings(const Range& items) {
        begin_array();
        for (const auto& s : items) {
            value(std::string_view(s));
        }
        return end_array();
    }

private:
    // Before a value or a key: the comma, line break and indentation its container needs.
    void separate();
    void indent(int depth);
    void emit(std::string_view text);
    JsonWriter& open(std::string_view bracket);
    JsonWriter& close(std::string_view bracket);

    static constexpr std::size_t k_flush_at = 1 << 16;
    std::ostream& m_out;
    std::string m_buffer;
    int m_depth;
    std::vector<bool> m_empty; // per open container: nothing written into it yet
    bool m_after_key = false;
};

// `text` as a JSON string literal, quotes included, as nlohmann's dump writes it.
void append_json_string(std::string& out, std::string_view text);

} // namespace axg::report
