#pragma once
// Work on several cores, with results that do not depend on how many (docs/architecture.md#parallel-work). Every
// caller gives each task its own output slot (and its own util::Diagnostics) and merges the slots in index order
// afterwards, so the output is byte for byte the same with --jobs 1 and --jobs 8. There is no pool: a call starts its
// threads and joins them before it returns, so a nested call (drift loads two projects at once, each parses its
// manifests in parallel) cannot deadlock; it only runs a few more threads than cores for a moment.

#include <cstddef>
#include <functional>

namespace axg::util {

// The number of threads a parallel_for may use: set by --jobs, else the machine's cores, at most 8. 1 runs every
// task on the calling thread, in order; set_jobs(0) goes back to the default.
void set_jobs(unsigned jobs);
unsigned jobs();

// Runs task(i) for every i in [0, count), the calling thread taking part; tasks are handed out in index order. When
// tasks throw, every other task still runs and the exception of the lowest index is rethrown.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& task);

} // namespace axg::util
