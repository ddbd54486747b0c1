#include "util/exit_drop.hpp"

#include <vector>

namespace axg::util {

namespace {
bool g_exit_after_command = false;
// Never destroyed: the objects it names stay reachable until the process exits.
std::vector<const void*>* g_parked = nullptr;
} // namespace

void set_exit_after_command(bool exits) {
    g_exit_after_command = exits;
}

bool exit_after_command() {
    return g_exit_after_command;
}

namespace detail {
void park(const void* object) {
    if (g_parked == nullptr) {
        g_parked = new std::vector<const void*>();
    }
    g_parked->push_back(object);
}
} // namespace detail

} // namespace axg::util
