#include "util/diagnostics.hpp"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace axg::util {

std::string Diagnostic::str() const {
    std::string where = location.str();
    return (where.empty() ? std::string("appexguard") : where) + ": error: " + message;
}

void Diagnostics::error(SourceLocation location, std::string message) {
    m_items.push_back({std::move(location), std::move(message)});
}

void Diagnostics::limit(SourceLocation location, std::string message) {
    m_items.push_back({std::move(location), std::move(message), true});
}

bool Diagnostics::has_limits() const {
    return std::any_of(m_items.begin(), m_items.end(), [](const Diagnostic& d) { return d.limit; });
}

Diagnostics Diagnostics::limits() const {
    Diagnostics out;
    std::copy_if(m_items.begin(), m_items.end(), std::back_inserter(out.m_items),
                 [](const Diagnostic& d) { return d.limit; });
    return out;
}

void Diagnostics::append(const Diagnostics& other) {
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = m_items;
    auto key = [](const Diagnostic& d) { return std::tie(d.location, d.message); };
    std::stable_sort(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    out.erase(
        std::unique(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
        out.end());
    return out;
}

} // namespace axg::util
