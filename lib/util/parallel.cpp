#include "util/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace axg::util {

namespace {
constexpr unsigned k_max_default_jobs = 8;
std::atomic<unsigned> g_jobs{0}; // 0: not set, use the machine's cores
} // namespace

void set_jobs(unsigned jobs) {
    g_jobs = jobs;
}

unsigned jobs() {
    if (unsigned set = g_jobs.load()) {
        return set;
    }
    return std::clamp(std::thread::hardware_concurrency(), 1u, k_max_default_jobs);
}

void parallel_for(std::size_t count, const std::function<void(std::size_t)>& task) {
    const std::size_t threads = std::min<std::size_t>(jobs(), count);
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) {
            task(i);
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> errors(count);
    auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                task(i);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t) {
        try {
            helpers.emplace_back(work);
        } catch (const std::system_error&) {
            break; // no thread to be had (a process or memory limit): fewer threads do the same work
        }
    }
    work();
    for (auto& helper : helpers) {
        helper.join();
    }
    for (const auto& error : errors) {
        if (error) {
            std::rethrow_exception(error);
        }
    }
}

} // namespace axg::util
