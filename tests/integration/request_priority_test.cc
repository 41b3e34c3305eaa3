// Demoting requests that have used much CPU (request_priority.h), on real threads (through the
// server: server_guard_test.cc).
#include "request_priority.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <ctime>
#include <future>
#include <thread>

namespace hemeroteca::testing {
namespace {

using namespace std::chrono_literals;

int nice_of(pid_t thread) {
  errno = 0;
  const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(thread));
  EXPECT_EQ(0, errno);
  return nice;
}

// Burns CPU on the calling thread until `done` holds (or 10 s pass: the test then fails).
template <class Done>
bool spin_until(Done done) {
  const auto give_up = std::chrono::steady_clock::now() + 10s;
  volatile unsigned long sink = 0;
  while (!done()) {
    if (std::chrono::steady_clock::now() > give_up) return false;
    for (int i = 0; i < 10000; ++i) sink = sink + static_cast<unsigned long>(i);
  }
  return true;
}

// A thread of its own (its nice value dies with it), running `body` with its tid.
template <class Body>
void on_fresh_thread(Body body) {
  std::thread thread([&] { body(gettid()); });
  thread.join();
}

#define SKIP_UNLESS_ENABLED(priority)                                                  \
  if (!(priority).enabled())                                                           \
  GTEST_SKIP() << "this process may not restore a thread's priority (CAP_SYS_NICE or " \
                  "RLIMIT_NICE 20 needed)"

// CPU time the calling thread has used.
std::chrono::nanoseconds thread_cpu() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

// Burns `cpu` of CPU time on the calling thread.
bool burn_cpu(std::chrono::nanoseconds cpu) {
  const auto until = thread_cpu() + cpu;
  return spin_until([&] { return thread_cpu() > until; });
}

// Burns CPU on the calling thread (`self`) until its nice value is `nice`.
bool spin_until_nice(pid_t self, int nice) {
  return spin_until([&] { return nice_of(self) == nice; });
}

// A cheap request: watched on a thread of its own, using no CPU until finish().
class CheapRequest {
 public:
  explicit CheapRequest(RequestPriority& priority)
      : thread_([this, &priority] {
          const RequestPriority::Watch watched = priority.watch();
          started_ = true;
          while (!finish_) std::this_thread::sleep_for(1ms);
        }) {
    while (!started_) std::this_thread::sleep_for(1ms);
  }
  ~CheapRequest() { finish(); }
  void finish() {
    finish_ = true;
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::atomic<bool> started_{false};
  std::atomic<bool> finish_{false};
  std::thread thread_;
};

TEST(RequestPriorityTest, AnExpensiveRequestRunsDemotedWhileACheapOneRunsBesideIt) {
  RequestPriority priority({.after = 2ms, .nice_increment = 5});
  SKIP_UNLESS_ENABLED(priority);
  CheapRequest cheap(priority);
  on_fresh_thread([&](pid_t self) {
    const int before = nice_of(self);
    {
      const RequestPriority::Watch watched = priority.watch();
      EXPECT_TRUE(spin_until_nice(self, before + 5))
          << "still at nice " << nice_of(self) << " after 10 s of CPU";
      EXPECT_EQ(1u, priority.demoted());
      // Alone now: its priority comes back while it still runs.
      cheap.finish();
      EXPECT_TRUE(spin_until_nice(self, before));
    }
    EXPECT_EQ(before, nice_of(self));
  });
  EXPECT_EQ(1u, priority.demoted());  // counted once
}

TEST(RequestPriorityTest, ASparedRequestGetsItsPriorityBackAndKeepsIt) {
  // As a search does when the index changed under it and it must start over.
  RequestPriority priority({.after = 2ms, .nice_increment = 5});
  SKIP_UNLESS_ENABLED(priority);
  CheapRequest cheap(priority);
  on_fresh_thread([&](pid_t self) {
    const int before = nice_of(self);
    const RequestPriority::Watch watched = priority.watch();
    EXPECT_TRUE(spin_until_nice(self, before + 5));
    RequestPriority::spare_this_request();
    EXPECT_EQ(before, nice_of(self));
    EXPECT_TRUE(burn_cpu(20ms));  // ten budgets more, the cheap one still beside
    EXPECT_EQ(before, nice_of(self));
  });
  // Not watched: nothing to spare.
  on_fresh_thread([&](pid_t self) {
    const int before = nice_of(self);
    RequestPriority::spare_this_request();
    EXPECT_EQ(before, nice_of(self));
  });
}

TEST(RequestPriorityTest, AnExpensiveRequestAloneKeepsItsPriority) {
  // Alone, it has nobody to give way to: lowering it would only hand its CPU to other
  // processes (an import).
  RequestPriority priority({.after = 2ms, .nice_increment = 5});
  SKIP_UNLESS_ENABLED(priority);
  on_fresh_thread([&](pid_t self) {
    const int before = nice_of(self);
    const RequestPriority::Watch watched = priority.watch();
    EXPECT_TRUE(burn_cpu(30ms));
    EXPECT_EQ(before, nice_of(self));
  });
  EXPECT_EQ(0u, priority.demoted());
}

TEST(RequestPriorityTest, WaitingIsNotCountedOnlyCpuIs) {
  RequestPriority priority({.after = 5ms, .nice_increment = 5});
  SKIP_UNLESS_ENABLED(priority);
  std::atomic<pid_t> waiting_thread{0};
  std::promise<void> done;
  std::thread waiting([&, released = done.get_future()] {
    waiting_thread = gettid();
    const RequestPriority::Watch watched = priority.watch();
    // Many budgets of wall time and no CPU: blocked, not waking every millisecond, whose cost
    // under a sanitizer on a loaded machine adds up to a budget.
    released.wait();
  });
  std::this_thread::sleep_for(50ms);
  const int before = nice_of(waiting_thread);
  {
    CheapRequest cheap(priority);  // would make a request over budget give way
    std::this_thread::sleep_for(20ms);
    EXPECT_EQ(before, nice_of(waiting_thread));
  }
  done.set_value();
  waiting.join();
  EXPECT_EQ(0u, priority.demoted());
}

TEST(RequestPriorityTest, EachRequestIsJudgedOnItsOwnCpuAndTheNiceValueStopsAt19) {
  RequestPriority priority({.after = 2ms, .nice_increment = 15});
  SKIP_UNLESS_ENABLED(priority);
  std::atomic<bool> expensive_demoted{false};
  std::atomic<int> cheap_nice{-100};
  std::thread cheap([&] {
    const pid_t self = gettid();
    const RequestPriority::Watch watched = priority.watch();
    // Stays under its budget while the other request is demoted beside it.
    while (!expensive_demoted) std::this_thread::sleep_for(1ms);
    cheap_nice = nice_of(self);
  });
  on_fresh_thread([&](pid_t self) {
    ASSERT_EQ(0, setpriority(PRIO_PROCESS, static_cast<id_t>(self), 10));
    {
      const RequestPriority::Watch watched = priority.watch();
      EXPECT_TRUE(spin_until_nice(self, 19));
      expensive_demoted = true;
    }
    EXPECT_EQ(10, nice_of(self));
  });
  expensive_demoted = true;
  cheap.join();
  EXPECT_EQ(nice_of(getpid()), cheap_nice.load());
  EXPECT_EQ(1u, priority.demoted());
}

TEST(RequestPriorityTest, NoBudgetMeansNeverDemoted) {
  RequestPriority priority({.after = 0ms});
  EXPECT_FALSE(priority.enabled());
  CheapRequest cheap(priority);
  on_fresh_thread([&](pid_t self) {
    const int before = nice_of(self);
    const RequestPriority::Watch watched = priority.watch();
    EXPECT_TRUE(burn_cpu(20ms));
    EXPECT_EQ(before, nice_of(self));
  });
}

}  // namespace
}  // namespace hemeroteca::testing
