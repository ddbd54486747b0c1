#pragma once
// A stream buffer that makes what passes through it inert on a terminal: the CLI puts one in front of stderr, so that
// no message (a library's, CLI11's, or one of ours that quotes input without util::printable) can carry a control
// character, invalid UTF-8 or a bidi override to the terminal. Line breaks pass; everything else goes through
// util::printable a line at a time (docs/security.md, "Hostile strings").

#include <streambuf>
#include <string>

namespace axg::util {

class InertLines : public std::streambuf {
public:
    explicit InertLines(std::streambuf* target) : m_target(target) {}
    ~InertLines() override;
    InertLines(const InertLines&) = delete;
    InertLines& operator=(const InertLines&) = delete;

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    // Writes the complete lines held; with `all`, the rest too.
    void drain(bool all);

    std::streambuf* m_target;
    std::string m_pending;
};

} // namespace axg::util
