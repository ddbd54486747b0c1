#pragma once
// The name of an input file as locations carry it: interned, so that a location is a pointer and two numbers and
// copying one allocates nothing. Every key, value and plist node of a monorepo contract has a location (2 million
// at 100,000 channels); as a std::string each held its own copy of the path. Names live in a process-wide pool that
// is never emptied (there are as many as files read); equal names are the same pointer.

#include <compare>
#include <ostream>
#include <string>
#include <string_view>

namespace axg::util {

class FileName {
public:
    FileName() : m_name(&s_empty) {}
    FileName(std::string_view name);
    FileName(const std::string& name) : FileName(std::string_view(name)) {}
    FileName(const char* name) : FileName(std::string_view(name)) {}

    const std::string& str() const { return *m_name; }
    operator const std::string&() const { return *m_name; }
    const char* c_str() const { return m_name->c_str(); }
    bool empty() const { return m_name->empty(); }
    std::size_t size() const { return m_name->size(); }

    friend bool operator==(const FileName& a, const FileName& b) { return a.m_name == b.m_name; }
    friend std::strong_ordering operator<=>(const FileName& a, const FileName& b) {
        return a.m_name == b.m_name ? std::strong_ordering::equal : a.m_name->compare(*b.m_name) <=> 0;
    }
    friend std::ostream& operator<<(std::ostream& out, const FileName& name) { return out << *name.m_name; }

private:
    inline static const std::string s_empty;
    const std::string* m_name;
};

} // namespace axg::util
