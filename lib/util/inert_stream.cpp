#include "util/inert_stream.hpp"

#include "util/text.hpp"

namespace axg::util {

InertLines::~InertLines() {
    drain(true);
    m_target->pubsync();
}

InertLines::int_type InertLines::overflow(int_type c) {
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        m_pending += traits_type::to_char_type(c);
        if (m_pending.back() == '\n') {
            drain(false);
        }
    }
    return traits_type::not_eof(c);
}

std::streamsize InertLines::xsputn(const char* s, std::streamsize n) {
    m_pending.append(s, static_cast<std::size_t>(n));
    drain(false);
    return n;
}

int InertLines::sync() {
    drain(true);
    return m_target->pubsync();
}

void InertLines::drain(bool all) {
    std::size_t done = 0;
    for (std::size_t end = m_pending.find('\n'); end != std::string::npos; end = m_pending.find('\n', done)) {
        std::string line = printable(std::string_view(m_pending).substr(done, end - done)) + '\n';
        m_target->sputn(line.data(), static_cast<std::streamsize>(line.size()));
        done = end + 1;
    }
    if (all && done < m_pending.size()) {
        std::string rest = printable(std::string_view(m_pending).substr(done));
        m_target->sputn(rest.data(), static_cast<std::streamsize>(rest.size()));
        done = m_pending.size();
    }
    m_pending.erase(0, done);
}

} // namespace axg::util
