#pragma once
// Builds binary property lists byte by byte, so that the hardening tests can write the hostile structures
// (cycles, shared-object DAGs, references and offsets out of range, NUL in UTF-16) that no plist writer emits.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace axg::test {

// Trailer fields a test may falsify; unset ones are computed.
struct BplistTrailer {
    std::int64_t object_count = -1;
    std::int64_t top = -1;
    std::int64_t table_offset = -1;
    int offset_size = -1;
};

class BplistWriter {
public:
    explicit BplistWriter(unsigned reference_size = 2) : m_reference_size(reference_size) {}

    // Each returns the new object's number.
    std::uint64_t raw(std::string bytes) {
        m_objects.push_back(std::move(bytes));
        return m_objects.size() - 1;
    }
    std::uint64_t boolean(bool value) { return raw(std::string(1, value ? '\x09' : '\x08')); }
    std::uint64_t integer(std::uint8_t value) { return raw(std::string{'\x10', static_cast<char>(value)}); }
    std::uint64_t ascii(std::string_view text) { return raw(sized(0x50, text.size()) + std::string(text)); }
    std::uint64_t utf16(std::u16string_view text) {
        std::string bytes = sized(0x60, text.size());
        for (char16_t unit : text) {
            bytes += static_cast<char>(unit >> 8);
            bytes += static_cast<char>(unit & 0xFF);
        }
        return raw(bytes);
    }
    std::uint64_t array(const std::vector<std::uint64_t>& items) {
        return raw(sized(0xA0, items.size()) + refs(items));
    }
    std::uint64_t dict(const std::vector<std::uint64_t>& keys, const std::vector<std::uint64_t>& values) {
        return raw(sized(0xD0, keys.size()) + refs(keys) + refs(values));
    }
    // Replaces an object (to close a cycle once its members exist).
    void replace(std::uint64_t object, std::string bytes) { m_objects[object] = std::move(bytes); }
    std::string array_bytes(const std::vector<std::uint64_t>& items) const {
        return sized(0xA0, items.size()) + refs(items);
    }

    using Trailer = BplistTrailer;

    // The file: header, objects in order, the offset table (8-byte offsets), the trailer.
    std::string build(std::uint64_t top) const { return build(top, Trailer{}); }
    std::string build(std::uint64_t top, Trailer trailer, std::int64_t bad_offset_for = -1) const {
        std::string out = "bplist00";
        std::vector<std::uint64_t> offsets;
        for (const auto& object : m_objects) {
            offsets.push_back(out.size());
            out += object;
        }
        std::uint64_t table = out.size();
        int offset_size = trailer.offset_size > 0 ? trailer.offset_size : 8;
        for (std::size_t i = 0; i < offsets.size(); ++i) {
            std::uint64_t offset = static_cast<std::int64_t>(i) == bad_offset_for ? 0xFFFFFF : offsets[i];
            out += big_endian(offset, static_cast<unsigned>(offset_size));
        }
        out += std::string(6, '\0');
        out += static_cast<char>(offset_size);
        out += static_cast<char>(m_reference_size);
        out += big_endian(trailer.object_count >= 0 ? trailer.object_count : m_objects.size(), 8);
        out += big_endian(trailer.top >= 0 ? trailer.top : top, 8);
        out += big_endian(trailer.table_offset >= 0 ? trailer.table_offset : table, 8);
        return out;
    }

    static std::string big_endian(std::uint64_t value, unsigned width) {
        std::string out(width, '\0');
        for (unsigned i = 0; i < width; ++i) {
            out[width - 1 - i] = static_cast<char>(i < 8 ? (value >> (8 * i)) & 0xFF : 0); // wider: zero-padded
        }
        return out;
    }

private:
    // A marker with its count: in the low nibble below 15, else 0xF and an integer object.
    static std::string sized(unsigned marker, std::size_t count) {
        if (count < 15) {
            return std::string(1, static_cast<char>(marker | count));
        }
        return std::string(1, static_cast<char>(marker | 0x0F)) + "\x13" + big_endian(count, 8);
    }
    std::string refs(const std::vector<std::uint64_t>& items) const {
        std::string out;
        for (auto item : items) {
            out += big_endian(item, m_reference_size);
        }
        return out;
    }

    unsigned m_reference_size;
    std::vector<std::string> m_objects;
};

} // namespace axg::test
