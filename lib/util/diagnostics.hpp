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
    // "file:line:column: error: message"
    std::string str() const;
};

class Diagnostics {
public:
    void error(SourceLocation location, std::string message);
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
