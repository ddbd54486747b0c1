#pragma once
// What every declaration in the contract shares: its id and where it and each of its keys were written.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/source_location.hpp"

namespace axg::model {

struct Declared {
    std::string id;
    util::SourceLocation location; // the table's own position ([components.share] or the inline table)
    // Each key of the table with where it was written, sorted by key: one allocation per declaration (a monorepo
    // contract has hundreds of thousands of them), found by binary search.
    std::vector<std::pair<std::string, util::SourceLocation>> key_locations;

    // Where `key` was written, or the table itself when the key is absent.
    const util::SourceLocation& at(std::string_view key) const;
    bool has(std::string_view key) const { return find(key) != nullptr; }
    // Where a declaration was written is provenance, not content: equal declarations may sit on other lines.
    bool operator==(const Declared& other) const { return id == other.id; }

private:
    const util::SourceLocation* find(std::string_view key) const;
};

} // namespace axg::model
