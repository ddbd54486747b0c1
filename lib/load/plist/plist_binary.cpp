// Binary property lists (bplist00) via libplist. They carry no line numbers, so values are
// located at their file only.

#include <memory>

#include <openssl/evp.h>
#include <plist/plist.h>

#include "load/plist/plist_reader.hpp"

namespace axg::load {

namespace {

using model::PlistEntry;
using model::PlistValue;

std::string base64(const char* data, std::uint64_t length) {
    std::string out(4 * ((length + 2) / 3) + 1, '\0');
    int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(data), static_cast<int>(length));
    out.resize(static_cast<std::size_t>(written));
    return out;
}

struct FreeString {
    void operator()(char* p) const { std::free(p); }
};

class BinaryConverter {
public:
    BinaryConverter(std::string_view path, util::Diagnostics& diagnostics)
        : m_path(path), m_diagnostics(diagnostics) {}

    bool failed() const { return m_failed; }

    PlistValue convert(plist_t node, int depth) {
        PlistValue v;
        v.location = {m_path, 0, 0};
        if (depth > k_max_plist_depth) {
            fail("binary property list nested deeper than " + std::to_string(k_max_plist_depth) + " levels");
            return v;
        }
        switch (plist_get_node_type(node)) {
        case PLIST_BOOLEAN: {
            std::uint8_t b = 0;
            plist_get_bool_val(node, &b);
            v.type = PlistValue::Type::Bool;
            v.boolean = b != 0;
            break;
        }
        case PLIST_UINT: {
            std::uint64_t u = 0;
            plist_get_uint_val(node, &u);
            v.type = PlistValue::Type::Integer;
            v.integer = static_cast<std::int64_t>(u);
            break;
        }
        case PLIST_REAL:
            v.type = PlistValue::Type::Real;
            plist_get_real_val(node, &v.real);
            break;
        case PLIST_STRING: {
            char* s = nullptr;
            plist_get_string_val(node, &s);
            std::unique_ptr<char, FreeString> owned(s);
            v.type = PlistValue::Type::String;
            v.string = s ? s : "";
            break;
        }
        case PLIST_DATE: {
            std::int32_t sec = 0, usec = 0;
            plist_get_date_val(node, &sec, &usec);
            v.type = PlistValue::Type::Date;
            v.string = std::to_string(sec); // seconds since 2001-01-01, Apple's epoch
            break;
        }
        case PLIST_DATA: {
            char* d = nullptr;
            std::uint64_t length = 0;
            plist_get_data_val(node, &d, &length);
            std::unique_ptr<char, FreeString> owned(d);
            v.type = PlistValue::Type::Data;
            v.string = d ? base64(d, length) : "";
            break;
        }
        case PLIST_ARRAY: {
            v.type = PlistValue::Type::Array;
            std::uint32_t size = plist_array_get_size(node);
            for (std::uint32_t i = 0; i < size && !m_failed; ++i) {
                v.array.push_back(convert(plist_array_get_item(node, i), depth + 1));
            }
            break;
        }
        case PLIST_DICT: {
            v.type = PlistValue::Type::Dict;
            plist_dict_iter iter = nullptr;
            plist_dict_new_iter(node, &iter);
            while (iter && !m_failed) {
                char* key = nullptr;
                plist_t item = nullptr;
                plist_dict_next_item(node, iter, &key, &item);
                if (!item) {
                    std::free(key);
                    break;
                }
                std::unique_ptr<char, FreeString> owned(key);
                PlistEntry entry;
                entry.key = key ? key : "";
                entry.key_location = v.location;
                entry.value = convert(item, depth + 1);
                v.dict.push_back(std::move(entry));
            }
            std::free(iter);
            break;
        }
        default:
            fail("binary property list holds a value type that manifests never use (UID, key or null)");
            break;
        }
        return v;
    }

private:
    void fail(std::string message) {
        if (!m_failed) {
            m_diagnostics.error({m_path, 0, 0}, std::move(message));
        }
        m_failed = true;
    }

    std::string m_path;
    util::Diagnostics& m_diagnostics;
    bool m_failed = false;
};

} // namespace

std::optional<model::PlistValue> parse_binary_plist(std::string_view data, std::string_view path,
                                                    util::Diagnostics& diagnostics) {
    plist_t root = nullptr;
    plist_from_bin(data.data(), static_cast<std::uint32_t>(data.size()), &root);
    if (!root) {
        diagnostics.error({std::string(path), 0, 0}, "malformed binary property list");
        return std::nullopt;
    }
    std::unique_ptr<void, void (*)(plist_t)> owned(root, plist_free);
    BinaryConverter converter(path, diagnostics);
    model::PlistValue value = converter.convert(root, 0);
    if (converter.failed()) {
        return std::nullopt;
    }
    return value;
}

} // namespace axg::load
