// --color auto|always|never, NO_COLOR and FORCE_COLOR.

#include <cstdlib>
#include <string>
#include <string_view>
#include <unistd.h>

#include "cli/commands.hpp"

namespace axg::cli {

namespace {
std::string g_when = "auto";

bool set_and_not(const char* name, std::string_view off) {
    const char* value = std::getenv(name);
    return value && *value && std::string_view(value) != off;
}
} // namespace

void set_color(const std::string& when) {
    g_when = when;
}

bool want_color() {
    if (g_when != "auto") {
        return g_when == "always";
    }
    if (set_and_not("NO_COLOR", "")) {
        return false;
    }
    if (set_and_not("FORCE_COLOR", "0")) {
        return true;
    }
    const char* term = std::getenv("TERM");
    if (term && std::string_view(term) == "dumb") {
        return false;
    }
    return ::isatty(STDOUT_FILENO) == 1;
}

} // namespace axg::cli
