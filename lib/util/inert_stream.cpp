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
    std::size_t done = all ? m_pending.size() : m_pending.rfind('\n') + 1; // npos + 1: no complete line
    if (done == 0) {
        return;
    }
    std::string text = printable_lines(std::string_view(m_pending).substr(0, done));
    m_target->sputn(text.data(), static_cast<std::streamsize>(text.size()));
    m_pending.erase(0, done);
}

} // namespace axg::util
