#include "util/file_name.hpp"

#include <mutex>
#include <unordered_set>

namespace axg::util {

namespace {
struct Pool {
    std::mutex mutex;
    std::unordered_set<std::string> names; // node-based: a name's address never changes
};

// Never destroyed: locations in static objects may outlive any order of destruction.
Pool& pool() {
    static Pool* p = new Pool;
    return *p;
}

const std::string* intern(std::string_view name) {
    Pool& p = pool();
    std::lock_guard lock(p.mutex);
    return &*p.names.emplace(name).first;
}
} // namespace

FileName::FileName(std::string_view name) : m_name(name.empty() ? &s_empty : intern(name)) {}

} // namespace axg::util
