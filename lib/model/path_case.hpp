#pragma once
// A file named with a letter case that differs from the file on disk (`PassShortcuts.entitlements` for
// `passShortcuts.entitlements`): it builds on a case-insensitive Mac and is missing everywhere else (AXG124).

#include <string>

#include "util/source_location.hpp"

namespace axg::model {

struct PathCaseMismatch {
    std::string named;             // the path as the contract or project writes it, for messages
    std::string on_disk;           // the same path spelled as on disk, for messages
    util::SourceLocation named_at; // where it is written
    std::string named_by;          // "the contract" or the project file, for messages
};

} // namespace axg::model
