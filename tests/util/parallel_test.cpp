#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include "util/lazy.hpp"
#include "util/parallel.hpp"

namespace axg::test {
namespace {

// Restores the default thread count after each test.
class Parallel : public ::testing::Test {
protected:
    ~Parallel() override { util::set_jobs(0); }
};

TEST_F(Parallel, RunsEveryTaskOnce) {
    util::set_jobs(4);
    std::vector<std::atomic<int>> runs(10'000);
    util::parallel_for(runs.size(), [&](std::size_t i) { ++runs[i]; });
    for (std::size_t i = 0; i < runs.size(); ++i) {
        ASSERT_EQ(runs[i].load(), 1) << i;
    }
}

TEST_F(Parallel, OneJobRunsInOrderOnTheCallingThread) {
    util::set_jobs(1);
    std::vector<std::size_t> order;
    const auto caller = std::this_thread::get_id();
    util::parallel_for(100, [&](std::size_t i) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        order.push_back(i);
    });
    ASSERT_EQ(order.size(), 100u);
    for (std::size_t i = 0; i < order.size(); ++i) {
        EXPECT_EQ(order[i], i);
    }
}

TEST_F(Parallel, RethrowsTheLowestIndexAfterEveryTaskRan) {
    util::set_jobs(4);
    std::atomic<int> ran{0};
    try {
        util::parallel_for(1000, [&](std::size_t i) {
            ++ran;
            if (i == 900 || i == 17 || i == 500) {
                throw std::runtime_error("task " + std::to_string(i));
            }
        });
        FAIL() << "no exception";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "task 17");
    }
    EXPECT_EQ(ran.load(), 1000);
}

TEST_F(Parallel, NestedCallsFinish) {
    util::set_jobs(3);
    std::atomic<int> sum{0};
    util::parallel_for(8, [&](std::size_t) { util::parallel_for(50, [&](std::size_t j) { sum += int(j); }); });
    EXPECT_EQ(sum.load(), 8 * (49 * 50 / 2));
}

TEST_F(Parallel, ZeroGoesBackToTheMachinesCoresAtMostEight) {
    util::set_jobs(5);
    EXPECT_EQ(util::jobs(), 5u);
    util::set_jobs(0);
    EXPECT_EQ(util::jobs(), std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
}

TEST(Lazy, ComputesOnceWhenManyThreadsAsk) {
    util::Lazy<std::vector<int>> lazy;
    std::atomic<int> made{0};
    std::vector<std::thread> threads;
    std::vector<const std::vector<int>*> seen(8);
    for (std::size_t t = 0; t < seen.size(); ++t) {
        threads.emplace_back([&, t] {
            seen[t] = &lazy.get([&] {
                ++made;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                return std::vector<int>{1, 2, 3};
            });
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(made.load(), 1);
    for (const auto* value : seen) {
        EXPECT_EQ(value, seen[0]);
        EXPECT_EQ(value->size(), 3u);
    }
}

} // namespace
} // namespace axg::test
