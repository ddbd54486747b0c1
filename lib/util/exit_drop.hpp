#pragma once
// Results a process drops only to exit: when the CLI says the process ends after its command
// (set_exit_after_command), drop_at_exit parks them in a list reachable until exit instead of destroying them, as
// clang does with -disable-free (BuryPointer). Freeing the model, graph and threats of a monorepo contract, hundreds
// of thousands of small objects, was 7 % of `check` at 100,000 channels and bought nothing; the OS takes the pages
// back at once. The list keeps them reachable, so LeakSanitizer does not report them. Off by default: a library
// user (the tests) that runs many commands in one process gets ordinary destruction.

#include <memory>

namespace axg::util {

void set_exit_after_command(bool exits);
bool exit_after_command();

namespace detail {
void park(const void* object);
} // namespace detail

// Destroys `object` now, or parks it until exit (see above).
template <typename T> void drop_at_exit(std::unique_ptr<T> object) {
    if (object && exit_after_command()) {
        detail::park(object.release());
    }
}

} // namespace axg::util
