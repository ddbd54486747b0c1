#include "util/input_log.hpp"

#include <sys/stat.h>

namespace axg::util {

namespace {
thread_local InputLog* t_innermost = nullptr;
} // namespace

InputLog::InputLog() : m_outer(t_innermost) {
    t_innermost = this;
}

InputLog::~InputLog() {
    t_innermost = m_outer;
}

InputLog::Adopt::Adopt(InputLog& log) : m_saved(t_innermost) {
    t_innermost = &log;
}

InputLog::Adopt::~Adopt() {
    t_innermost = m_saved;
}

const InputLog* InputLog::current() {
    return t_innermost;
}

void InputLog::record(int fd, const std::filesystem::path& path) {
    struct stat st {};
    if (t_innermost == nullptr || ::fstat(fd, &st) != 0) {
        return;
    }
    for (InputLog* log = t_innermost; log != nullptr; log = log->m_outer) {
        std::lock_guard lock(log->m_mutex);
        auto [it, inserted] = log->m_inputs.try_emplace({st.st_dev, st.st_ino}, path);
        if (!inserted && path.native() < it->second.native()) {
            it->second = path;
        }
    }
}

std::optional<std::filesystem::path> InputLog::find(const std::filesystem::path& path) const {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        return std::nullopt; // a file that does not exist was not read
    }
    std::lock_guard lock(m_mutex);
    auto found = m_inputs.find({st.st_dev, st.st_ino});
    return found == m_inputs.end() ? std::nullopt : std::optional(found->second);
}

} // namespace axg::util
