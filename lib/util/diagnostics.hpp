#pragma once
// Errors in the input, collected rather than thrown: a loader reports every problem it finds,
// then the caller decides (the CLI prints them all and exits 2).

#include <string>
#include <vector>

#include "util/source_location.hpp"

namespace axg::util {

struct Diagnostic {
    SourceLocation location;
    std::string message;
    // A resource limit stopped the reading (docs/security.md, "Limits"): always exit 2, even where a caller
    // tolerates other errors in parts it does not need (init reading a whole Xcode project).
    bool limit = false;
    // "file:line:column: error: message"
    std::string str() const;
};

class Diagnostics {
public:
    void error(SourceLocation location, std::string message);
    void limit(SourceLocation location, std::string message);
    bool has_limits() const;
    // Only the limit hits, in the order reported.
    Diagnostics limits() const;
    bool empty() const { return m_items.empty(); }
    std::size_t size() const { return m_items.size(); }
    // Sorted by location, then message; duplicates removed.
    std::vector<Diagnostic> sorted() const;
    const std::vector<Diagnostic>& items() const { return m_items; }
    void append(const Diagnostics& other);

private:
    std::vector<Diagnostic> m_items;
};

} // namespace axg::util
