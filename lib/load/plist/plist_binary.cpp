// Binary property lists (bplist00), read by hand rather than with libplist: libplist 2.2 recurses without a limit
// (a 100k-deep file overflows the stack), expands shared objects as it parses (a 244-byte file with a DAG of shared
// arrays takes gigabytes), aborts on a UTF-16 string holding NUL and crashes on hundreds of fuzzed inputs
// (docs/architecture.md, docs/security.md). The format is small: a header, objects, an offset table and a trailer.
//
// Reading is two passes over the object graph. The first measures, without building anything, what the whole
// tree would be once every shared reference is expanded (values, bytes of text, depth), memoised per object so
// that a DAG costs its number of objects, not its expansion, and refuses cycles; only a graph within every limit
// is then built. Errors name the byte offset of the object or reference at fault (binary plists have no lines).

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <set>
#include <vector>

#include <openssl/evp.h>

#include "load/plist/plist_reader.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace axg::load {

namespace {

using model::PlistEntry;
using model::PlistValue;

constexpr std::size_t k_header_size = 8;   // "bplist00"
constexpr std::size_t k_trailer_size = 32; // 6 unused, offset size, reference size, 3 x 8-byte big-endian counts
// Seconds from the Unix epoch to Apple's (2001-01-01T00:00:00Z), the zero of binary plist dates.
constexpr double k_apple_epoch = 978307200.0;

std::string base64(const unsigned char* data, std::size_t length) {
    std::string out(4 * ((length + 2) / 3) + 1, '\0');
    int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(length));
    out.resize(static_cast<std::size_t>(written));
    return out;
}

// What one object is, from its marker byte and length: enough to measure and to build it.
struct ObjectHeader {
    enum class Kind { Bool, Integer, Real, Date, Data, Ascii, Utf16, Array, Dict };
    Kind kind = Kind::Bool;
    std::uint64_t offset = 0;  // of the marker byte
    std::uint64_t content = 0; // of the first byte after the marker (and its length, when it has one)
    std::uint64_t count = 0;   // bytes (Data, Ascii, Integer, Real), code units (Utf16), elements or entries
    bool boolean = false;
};

// Saturating sums, so that a hostile DAG's expansion (which can pass 2^64) compares against the limits correctly.
std::uint64_t saturated_add(std::uint64_t a, std::uint64_t b) {
    return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

struct Measure {
    enum class State : std::uint8_t { Unvisited, InProgress, Done };
    State state = State::Unvisited;
    std::uint16_t height = 0; // 1 for a scalar
    std::uint64_t values = 0; // values and keys once expanded
    std::uint64_t bytes = 0;  // bytes of strings, keys and data once expanded
};

class BinaryPlistReader {
public:
    BinaryPlistReader(std::string_view data, std::string_view path, util::Diagnostics& diagnostics)
        : m_data(reinterpret_cast<const unsigned char*>(data.data())), m_size(data.size()), m_path(path),
          m_diagnostics(diagnostics) {}

    std::optional<PlistValue> read() {
        if (!read_trailer()) {
            return std::nullopt;
        }
        m_measures.assign(m_object_count, Measure{});
        const Measure* top = measure(m_top_object, m_top_reference_at, 1);
        if (!top) {
            return std::nullopt;
        }
        std::uint64_t top_offset = header(m_top_object)->offset;
        if (top->values > k_max_plist_values) {
            return fail(top_offset, "it holds more than " + std::to_string(k_max_plist_values) +
                                        " values once its shared objects are expanded (the limit)");
        }
        if (top->bytes > k_max_plist_expanded_bytes) {
            return fail(top_offset, "its strings and data come to more than " +
                                        std::to_string(k_max_plist_expanded_bytes) +
                                        " bytes once its shared objects are expanded (the limit)");
        }
        PlistValue value = build(m_top_object);
        if (m_failed) {
            return std::nullopt;
        }
        return value;
    }

private:
    std::nullopt_t fail(std::uint64_t offset, const std::string& message) {
        if (!m_failed) {
            m_diagnostics.error({m_path, 0, 0}, "malformed binary property list at byte offset " +
                                                    std::to_string(offset) + ": " + message);
        }
        m_failed = true;
        return std::nullopt;
    }

    std::uint64_t big_endian(std::uint64_t offset, std::size_t width) const {
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < width; ++i) {
            value = (value << 8) | m_data[offset + i];
        }
        return value;
    }
    // True when [offset, offset + length) lies in the object area (between the header and the offset table).
    bool in_objects(std::uint64_t offset, std::uint64_t length) const {
        return offset >= k_header_size && offset <= m_table_offset && length <= m_table_offset - offset;
    }

    bool read_trailer() {
        if (m_size < k_header_size + 1 + k_trailer_size) {
            fail(0, "the file is " + std::to_string(m_size) + " bytes, too short for a header, an object and the " +
                        std::to_string(k_trailer_size) + "-byte trailer");
            return false;
        }
        std::uint64_t trailer = m_size - k_trailer_size;
        m_offset_size = m_data[trailer + 6];
        m_reference_size = m_data[trailer + 7];
        m_object_count = big_endian(trailer + 8, 8);
        m_top_object = big_endian(trailer + 16, 8);
        m_table_offset = big_endian(trailer + 24, 8);
        m_top_reference_at = trailer + 16;
        if (m_offset_size < 1 || m_offset_size > 8 || m_reference_size < 1 || m_reference_size > 8) {
            fail(trailer + 6, "the trailer gives offsets of " + std::to_string(m_offset_size) +
                                  " bytes and references of " + std::to_string(m_reference_size) +
                                  " bytes; both must be 1 to 8");
            return false;
        }
        if (m_object_count == 0 || m_object_count > k_max_plist_values) {
            fail(trailer + 8, "the trailer counts " + std::to_string(m_object_count) + " objects; a property list " +
                                  "holds 1 to " + std::to_string(k_max_plist_values) + " (the limit)");
            return false;
        }
        if (m_top_object >= m_object_count) {
            fail(trailer + 16,
                 "the top object is number " + std::to_string(m_top_object) + " of " + std::to_string(m_object_count));
            return false;
        }
        if (m_table_offset <= k_header_size || m_table_offset > trailer ||
            m_object_count * m_offset_size > trailer - m_table_offset) {
            fail(trailer + 24, "the offset table (at " + std::to_string(m_table_offset) + ", " +
                                   std::to_string(m_object_count) + " entries of " + std::to_string(m_offset_size) +
                                   " bytes) does not lie between the objects and the trailer");
            return false;
        }
        return true;
    }

    // The object numbered `object`, its offset checked against the object area.
    std::optional<ObjectHeader> header(std::uint64_t object) {
        std::uint64_t entry = m_table_offset + object * m_offset_size;
        ObjectHeader h;
        h.offset = big_endian(entry, m_offset_size);
        if (!in_objects(h.offset, 1)) {
            return fail(entry, "object " + std::to_string(object) + " has the offset " + std::to_string(h.offset) +
                                   ", outside the objects (bytes " + std::to_string(k_header_size) + " to " +
                                   std::to_string(m_table_offset) + ")");
        }
        unsigned marker = m_data[h.offset];
        unsigned info = marker & 0x0Fu;
        h.content = h.offset + 1;
        switch (marker >> 4) {
        case 0x0:
            if (marker == 0x08 || marker == 0x09) {
                h.kind = ObjectHeader::Kind::Bool;
                h.boolean = marker == 0x09;
                return h;
            }
            return fail(h.offset, "a null or fill object, which property lists for manifests never hold");
        case 0x1:
            if (info > 4) {
                return fail(h.offset, "an integer of 2^" + std::to_string(info) + " bytes");
            }
            h.kind = ObjectHeader::Kind::Integer;
            h.count = std::uint64_t{1} << info;
            break;
        case 0x2:
            if (info != 2 && info != 3) {
                return fail(h.offset, "a real of 2^" + std::to_string(info) + " bytes (only 4 and 8 exist)");
            }
            h.kind = ObjectHeader::Kind::Real;
            h.count = std::uint64_t{1} << info;
            break;
        case 0x3:
            if (marker != 0x33) {
                return fail(h.offset, "an unknown date marker");
            }
            h.kind = ObjectHeader::Kind::Date;
            h.count = 8;
            break;
        case 0x4: h.kind = ObjectHeader::Kind::Data; break;
        case 0x5: h.kind = ObjectHeader::Kind::Ascii; break;
        case 0x6: h.kind = ObjectHeader::Kind::Utf16; break;
        case 0xA: h.kind = ObjectHeader::Kind::Array; break;
        case 0xD: h.kind = ObjectHeader::Kind::Dict; break;
        case 0x8: return fail(h.offset, "a UID object (keyed archives), which manifests never hold");
        case 0xB:
        case 0xC: return fail(h.offset, "a set, which manifests never hold");
        default: return fail(h.offset, "an unknown object marker");
        }
        if (h.kind >= ObjectHeader::Kind::Data && !length(h, info)) {
            return std::nullopt;
        }
        std::uint64_t width = h.count;
        if (h.kind == ObjectHeader::Kind::Utf16) {
            width = h.count * 2; // count is bounded by the file size here, so this cannot overflow
        } else if (h.kind == ObjectHeader::Kind::Array) {
            width = h.count * m_reference_size;
        } else if (h.kind == ObjectHeader::Kind::Dict) {
            width = h.count * 2 * m_reference_size;
        }
        if (!in_objects(h.content, width)) {
            return fail(h.offset,
                        "the object's " + std::to_string(width) + " bytes run past the objects into the offset table");
        }
        return h;
    }

    // The length of a variable-size object: in the marker, or (0xF) an integer object after it.
    bool length(ObjectHeader& h, unsigned info) {
        if (info != 0x0F) {
            h.count = info;
            return true;
        }
        if (!in_objects(h.content, 1) || (m_data[h.content] & 0xF0u) != 0x10u || (m_data[h.content] & 0x0Fu) > 3) {
            fail(h.content, "the object's length is not an integer of 1 to 8 bytes");
            return false;
        }
        std::size_t width = std::size_t{1} << (m_data[h.content] & 0x0Fu);
        if (!in_objects(h.content + 1, width)) {
            fail(h.content, "the object's length runs past the objects");
            return false;
        }
        h.count = big_endian(h.content + 1, width);
        h.content += 1 + width;
        if (h.count > m_size) { // longer than the file: the bounds check after this must not overflow
            fail(h.offset, "the object claims " + std::to_string(h.count) + " elements, more than the file has bytes");
            return false;
        }
        return true;
    }

    // The object number stored at `at` (a reference of m_reference_size bytes), checked against the table.
    std::optional<std::uint64_t> reference(std::uint64_t at) {
        std::uint64_t object = big_endian(at, m_reference_size);
        if (object >= m_object_count) {
            return fail(at,
                        "a reference to object " + std::to_string(object) + " of " + std::to_string(m_object_count));
        }
        return object;
    }

    // Pass one: the expanded size of `object`, memoised. `depth` is the depth at which this object is reached.
    const Measure* measure(std::uint64_t object, std::uint64_t referenced_at, int depth) {
        Measure& m = m_measures[object];
        if (m.state == Measure::State::Done) {
            if (depth - 1 + m.height > k_max_plist_depth) {
                fail(referenced_at, "the property list nests deeper than " + std::to_string(k_max_plist_depth) +
                                        " levels (the limit)");
                return nullptr;
            }
            return &m;
        }
        if (m.state == Measure::State::InProgress) {
            fail(referenced_at, "object " + std::to_string(object) + " contains itself (a reference cycle)");
            return nullptr;
        }
        if (depth > k_max_plist_depth) {
            fail(referenced_at,
                 "the property list nests deeper than " + std::to_string(k_max_plist_depth) + " levels (the limit)");
            return nullptr;
        }
        std::optional<ObjectHeader> h = header(object);
        if (!h) {
            return nullptr;
        }
        m.state = Measure::State::InProgress;
        std::uint64_t values = 1;
        std::uint64_t bytes = 0;
        int height = 1;
        if (h->kind == ObjectHeader::Kind::Data || h->kind == ObjectHeader::Kind::Ascii) {
            bytes = h->count;
        } else if (h->kind == ObjectHeader::Kind::Utf16) {
            bytes = h->count * 2;
        } else if (h->kind == ObjectHeader::Kind::Array || h->kind == ObjectHeader::Kind::Dict) {
            std::uint64_t references = h->kind == ObjectHeader::Kind::Dict ? h->count * 2 : h->count;
            for (std::uint64_t i = 0; i < references; ++i) {
                std::uint64_t at = h->content + i * m_reference_size;
                std::optional<std::uint64_t> child = reference(at);
                if (!child) {
                    return nullptr;
                }
                bool is_key = h->kind == ObjectHeader::Kind::Dict && i < h->count;
                if (is_key && !key_header(*child, at)) {
                    return nullptr;
                }
                const Measure* c = measure(*child, at, depth + 1);
                if (!c) {
                    return nullptr;
                }
                values = saturated_add(values, c->values);
                bytes = saturated_add(bytes, c->bytes);
                height = std::max(height, 1 + c->height);
                // Stop as soon as the expansion is too big: the memo then never holds more than the limit's worth.
                if (values > k_max_plist_values || bytes > k_max_plist_expanded_bytes) {
                    break;
                }
            }
        }
        m.state = Measure::State::Done;
        m.values = values;
        m.bytes = bytes;
        m.height = static_cast<std::uint16_t>(height);
        return &m;
    }

    bool key_header(std::uint64_t object, std::uint64_t referenced_at) {
        std::optional<ObjectHeader> h = header(object);
        if (!h) {
            return false;
        }
        if (h->kind != ObjectHeader::Kind::Ascii && h->kind != ObjectHeader::Kind::Utf16) {
            fail(referenced_at, "a dictionary key that is not a string");
            return false;
        }
        return true;
    }

    // Pass two: the value tree. Every object has been measured, so offsets, references and sizes are known good.
    PlistValue build(std::uint64_t object) {
        PlistValue v;
        v.location = {m_path, 0, 0};
        ObjectHeader h = *header(object);
        switch (h.kind) {
        case ObjectHeader::Kind::Bool:
            v.type = PlistValue::Type::Bool;
            v.boolean = h.boolean;
            break;
        case ObjectHeader::Kind::Integer: integer(h, v); break;
        case ObjectHeader::Kind::Real: {
            v.type = PlistValue::Type::Real;
            v.real = real(h.content, h.count);
            break;
        }
        case ObjectHeader::Kind::Date: date(h, v); break;
        case ObjectHeader::Kind::Data:
            v.type = PlistValue::Type::Data;
            v.string = base64(m_data + h.content, h.count);
            break;
        case ObjectHeader::Kind::Ascii:
        case ObjectHeader::Kind::Utf16:
            v.type = PlistValue::Type::String;
            v.string = text(h);
            break;
        case ObjectHeader::Kind::Array:
            v.type = PlistValue::Type::Array;
            v.array.reserve(h.count);
            for (std::uint64_t i = 0; i < h.count && !m_failed; ++i) {
                v.array.push_back(build(big_endian(h.content + i * m_reference_size, m_reference_size)));
            }
            break;
        case ObjectHeader::Kind::Dict: dict(h, v); break;
        }
        return v;
    }

    void dict(const ObjectHeader& h, PlistValue& v) {
        v.type = PlistValue::Type::Dict;
        v.dict.reserve(h.count);
        std::set<std::string> keys;
        for (std::uint64_t i = 0; i < h.count && !m_failed; ++i) {
            std::uint64_t key_at = h.content + i * m_reference_size;
            std::uint64_t key_object = big_endian(key_at, m_reference_size);
            std::uint64_t value_object = big_endian(h.content + (h.count + i) * m_reference_size, m_reference_size);
            PlistEntry entry;
            entry.key = text(*header(key_object));
            entry.key_location = v.location;
            if (!keys.insert(entry.key).second) {
                // Readers disagree on which duplicate wins: appexguard would check one value and iOS use another.
                fail(key_at, "the dictionary holds the key \"" + util::printable(entry.key) + "\" twice");
                return;
            }
            entry.value = build(value_object);
            v.dict.push_back(std::move(entry));
        }
    }

    void integer(const ObjectHeader& h, PlistValue& v) {
        v.type = PlistValue::Type::Integer;
        if (h.count <= 4) { // 1, 2 and 4 bytes are unsigned
            v.integer = static_cast<std::int64_t>(big_endian(h.content, h.count));
        } else if (h.count == 8) { // 8 bytes are two's complement
            v.integer = static_cast<std::int64_t>(big_endian(h.content, 8));
        } else { // 16 bytes: what CoreFoundation writes for unsigned values above INT64_MAX
            std::uint64_t high = big_endian(h.content, 8);
            std::uint64_t low = big_endian(h.content + 8, 8);
            if (high != 0 || low > static_cast<std::uint64_t>(INT64_MAX)) {
                fail(h.offset, "an integer outside the 64-bit signed range");
                return;
            }
            v.integer = static_cast<std::int64_t>(low);
        }
    }

    double real(std::uint64_t at, std::uint64_t width) const {
        if (width == 4) {
            std::uint32_t bits = static_cast<std::uint32_t>(big_endian(at, 4));
            float f = 0;
            std::memcpy(&f, &bits, sizeof f);
            return f;
        }
        std::uint64_t bits = big_endian(at, 8);
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }

    // ISO 8601 in UTC, as XML property lists write dates.
    void date(const ObjectHeader& h, PlistValue& v) {
        namespace chrono = std::chrono;
        v.type = PlistValue::Type::Date;
        double since_2001 = real(h.content, 8);
        // Years 1 to 9999, the ones ISO 8601 writes in four digits.
        if (!std::isfinite(since_2001) || since_2001 < -63113904000.0 || since_2001 > 252423993599.0) {
            fail(h.offset, "a date outside the years 1 to 9999");
            return;
        }
        auto unix_seconds = static_cast<std::int64_t>(std::floor(since_2001 + k_apple_epoch));
        chrono::sys_seconds t{chrono::seconds(unix_seconds)};
        chrono::sys_days day = chrono::floor<chrono::days>(t);
        chrono::year_month_day ymd{day};
        chrono::hh_mm_ss<chrono::seconds> time{t - day};
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                      static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                      static_cast<int>(time.seconds().count()));
        v.string = buffer;
    }

    // A string or key as UTF-8. NUL, bytes above 0x7F in an ASCII string and unpaired surrogates are refused:
    // CoreFoundation rejects the last two, and a NUL would make C-string readers see a different value.
    std::string text(const ObjectHeader& h) {
        std::string out;
        if (h.kind == ObjectHeader::Kind::Ascii) {
            out.assign(reinterpret_cast<const char*>(m_data + h.content), h.count);
            for (std::size_t i = 0; i < out.size(); ++i) {
                unsigned char c = static_cast<unsigned char>(out[i]);
                if (c == 0 || c > 0x7F) {
                    fail(h.content + i, c == 0 ? "a string holds a NUL character"
                                               : "an ASCII string holds the byte " + std::to_string(c));
                    return {};
                }
            }
            return out;
        }
        out.reserve(h.count);
        for (std::uint64_t i = 0; i < h.count; ++i) {
            std::uint64_t at = h.content + 2 * i;
            std::uint32_t unit = static_cast<std::uint32_t>(big_endian(at, 2));
            if (unit == 0) {
                fail(at, "a UTF-16 string holds a NUL character");
                return {};
            }
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                fail(at, "a UTF-16 string holds an unpaired low surrogate");
                return {};
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                std::uint32_t low = i + 1 < h.count ? static_cast<std::uint32_t>(big_endian(at + 2, 2)) : 0;
                if (low < 0xDC00 || low > 0xDFFF) {
                    fail(at, "a UTF-16 string holds an unpaired high surrogate");
                    return {};
                }
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                ++i;
            }
            util::append_utf8(out, unit);
        }
        return out;
    }

    const unsigned char* m_data;
    std::uint64_t m_size;
    util::FileName m_path;
    util::Diagnostics& m_diagnostics;
    bool m_failed = false;

    std::size_t m_offset_size = 0;
    std::size_t m_reference_size = 0;
    std::uint64_t m_object_count = 0;
    std::uint64_t m_top_object = 0;
    std::uint64_t m_top_reference_at = 0;
    std::uint64_t m_table_offset = 0;
    std::vector<Measure> m_measures;
};

} // namespace

std::optional<model::PlistValue> parse_binary_plist(std::string_view data, std::string_view path,
                                                    util::Diagnostics& diagnostics) {
    return BinaryPlistReader(data, path, diagnostics).read();
}

} // namespace axg::load
