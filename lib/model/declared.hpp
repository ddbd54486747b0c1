#pragma once
// What every declaration in the contract shares: its id and where it and each of its keys were written.

#include <map>
#include <string>
#include <string_view>

#include "util/source_location.hpp"

namespace axg::model {

struct Declared {
    std::string id;
    util::SourceLocation location; // the table's own position ([components.share] or the inline table)
    std::map<std::string, util::SourceLocation, std::less<>> key_locations;

    // Where `key` was written, or the table itself when the key is absent.
    const util::SourceLocation& at(std::string_view key) const;
    bool has(std::string_view key) const { return key_locations.find(key) != key_locations.end(); }
    // Where a declaration was written is provenance, not content: equal declarations may sit on other lines.
    bool operator==(const Declared& other) const { return id == other.id; }
};

} // namespace axg::model
