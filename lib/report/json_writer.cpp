#include "report/json_writer.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "util/utf8.hpp"

namespace axg::report {

namespace {
// True when every byte sequence of `text` is valid UTF-8: then the fast escaping below is nlohmann's exactly.
bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t n = util::decode_utf8(text, i, cp);
        if (n == 0) {
            return false;
        }
        i += n;
    }
    return true;
}
} // namespace

void append_json_string(std::string& out, std::string_view text) {
    if (!is_valid_utf8(text)) { // nlohmann's own replacement of what is not UTF-8
        out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    std::size_t plain = 0; // the start of the run of bytes that need no escape, appended at once
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out.append(text, plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        }
        }
    }
    out.append(text, plain, text.size() - plain);
    out += '"';
}

JsonWriter::~JsonWriter() {
    flush();
}

void JsonWriter::flush() {
    m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_buffer.clear();
}

void JsonWriter::emit(std::string_view text) {
    m_buffer += text;
    if (m_buffer.size() >= k_flush_at) {
        flush();
    }
}

void JsonWriter::indent(int depth) {
    m_buffer.append(static_cast<std::size_t>(depth) * 2, ' ');
}

void JsonWriter::separate() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (m_empty.empty()) {
        return;
    }
    emit(m_empty.back() ? "\n" : ",\n");
    m_empty.back() = false;
    indent(m_depth);
}

JsonWriter& JsonWriter::open(std::string_view bracket) {
    separate();
    emit(bracket);
    m_empty.push_back(true);
    ++m_depth;
    return *this;
}

JsonWriter& JsonWriter::close(std::string_view bracket) {
    --m_depth;
    if (!m_empty.back()) {
        emit("\n");
        indent(m_depth);
    }
    m_empty.pop_back();
    emit(bracket);
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    separate();
    append_json_string(m_buffer, name);
    emit(": ");
    m_after_key = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    separate();
    append_json_string(m_buffer, text);
    emit("");
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    separate();
    emit(std::to_string(number));
    return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number) {
    separate();
    emit(std::to_string(number));
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    separate();
    emit(flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null() {
    separate();
    emit("null");
    return *this;
}

} // namespace axg::report
