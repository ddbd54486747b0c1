#include "model/plist.hpp"

namespace axg::model {

const PlistEntry* PlistValue::find_entry(std::string_view key) const {
    if (type != Type::Dict) {
        return nullptr;
    }
    // The last one wins, as with CFPropertyList when a key repeats.
    for (auto it = dict.rbegin(); it != dict.rend(); ++it) {
        if (it->key == key) {
            return &*it;
        }
    }
    return nullptr;
}

const PlistValue* PlistValue::find(std::string_view key) const {
    const PlistEntry* entry = find_entry(key);
    return entry ? &entry->value : nullptr;
}

std::vector<const PlistValue*> PlistValue::strings() const {
    std::vector<const PlistValue*> out;
    if (type == Type::String) {
        out.push_back(this);
    } else if (type == Type::Array) {
        for (const auto& item : array) {
            if (item.type == Type::String) {
                out.push_back(&item);
            }
        }
    }
    return out;
}

std::string_view plist_type_name(PlistValue::Type type) {
    switch (type) {
    case PlistValue::Type::Bool: return "boolean";
    case PlistValue::Type::Integer: return "integer";
    case PlistValue::Type::Real: return "real";
    case PlistValue::Type::String: return "string";
    case PlistValue::Type::Date: return "date";
    case PlistValue::Type::Data: return "data";
    case PlistValue::Type::Array: return "array";
    case PlistValue::Type::Dict: return "dict";
    }
    return "?";
}

} // namespace axg::model
