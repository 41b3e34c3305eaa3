#include "request_priority.h"

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace hemeroteca {
namespace {

// The RequestPriority watching the calling thread's request, if any (spare_this_request()).
thread_local RequestPriority* watching_this_thread = nullptr;

int nice_of(pid_t thread) {
  errno = 0;
  const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(thread));
  return errno == 0 ? nice : 0;
}

std::chrono::nanoseconds cpu_time(clockid_t clock) {
  timespec now{};
  if (clock_gettime(clock, &now) != 0) return std::chrono::nanoseconds::zero();
  return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

// Whether a thread of this process may raise its nice value and lower it back: tried on a
// thread of its own, whose priority dies with it.
bool can_restore_nice() {
  bool restored = false;
  std::thread probe([&restored] {
    const pid_t self = gettid();
    const int nice = nice_of(self);
    if (nice >= 19) return;
    if (setpriority(PRIO_PROCESS, static_cast<id_t>(self), nice + 1) != 0) return;
    restored = setpriority(PRIO_PROCESS, static_cast<id_t>(self), nice) == 0;
  });
  probe.join();
  return restored;
}

}  // namespace

RequestPriority::RequestPriority(RequestPriorityOptions options)
    : options_(options),
      enabled_(options.after.count() > 0 && options.nice_increment > 0 && can_restore_nice()) {
  if (enabled_) watcher_ = std::thread([this] { watch_loop(); });
}

RequestPriority::~RequestPriority() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  if (watcher_.joinable()) watcher_.join();
}

RequestPriority::Watch RequestPriority::watch() {
  if (!enabled_) return Watch(nullptr, 0);
  const pid_t self = gettid();
  clockid_t clock{};
  if (pthread_getcpuclockid(pthread_self(), &clock) != 0) return Watch(nullptr, 0);
  Running request{self, clock, cpu_time(clock), nice_of(self), false, false, false, false};
  bool wake;
  {
    const std::lock_guard lock(mutex_);
    // The watcher sleeps while nothing runs; otherwise it wakes in time for every request
    // (none can be over budget before `after` from its start), but this cheap one changes
    // at once what an expensive one beside it should run at.
    wake = running_.empty() || over_budget_at_full_priority_;
    running_.push_back(request);
  }
  if (wake) changed_.notify_one();
  watching_this_thread = this;
  return Watch(this, self);
}

void RequestPriority::spare_this_request() {
  if (watching_this_thread) watching_this_thread->spare(gettid());
}

std::vector<RequestPriority::Running>::iterator RequestPriority::find(pid_t thread) {
  return std::find_if(running_.begin(), running_.end(),
                      [thread](const Running& r) { return r.thread == thread; });
}

void RequestPriority::spare(pid_t thread) {
  const std::lock_guard lock(mutex_);
  const auto found = find(thread);
  if (found == running_.end() || found->spared) return;
  found->spared = true;
  if (found->lowered) {
    setpriority(PRIO_PROCESS, static_cast<id_t>(thread), found->nice_at_start);
    found->lowered = false;
  }
}

void RequestPriority::release(pid_t thread) {
  watching_this_thread = nullptr;
  bool lowered = false;
  int nice = 0;
  {
    const std::lock_guard lock(mutex_);
    const auto found = find(thread);
    if (found == running_.end()) return;
    lowered = found->lowered;
    nice = found->nice_at_start;
    *found = running_.back();
    running_.pop_back();
  }
  if (lowered) setpriority(PRIO_PROCESS, static_cast<id_t>(thread), nice);
}

unsigned long RequestPriority::demoted() const {
  const std::lock_guard lock(mutex_);
  return demoted_;
}

void RequestPriority::watch_loop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (running_.empty()) {
      changed_.wait(lock);
      continue;
    }
    // The soonest any running request can reach `after`: its CPU time grows no faster than
    // the clock. The threads are alive while listed: release() needs this lock to unlist them.
    std::chrono::nanoseconds next_check = options_.after;
    bool cheap_running = false;
    for (Running& request : running_) {
      if (request.over_budget) continue;
      const std::chrono::nanoseconds used = cpu_time(request.cpu_clock) - request.cpu_at_start;
      if (used >= options_.after) {
        request.over_budget = true;
      } else {
        cheap_running = true;
        next_check = std::min(next_check, options_.after - used);
      }
    }
    reconcile(cheap_running);
    changed_.wait_for(lock, next_check);
  }
}

void RequestPriority::reconcile(bool cheap_running) {
  over_budget_at_full_priority_ = false;
  for (Running& request : running_) {
    const bool lower = request.over_budget && cheap_running && !request.spared;
    if (lower != request.lowered) {
      const int nice = lower ? std::min(19, request.nice_at_start + options_.nice_increment)
                             : request.nice_at_start;
      setpriority(PRIO_PROCESS, static_cast<id_t>(request.thread), nice);
      // Counted once, however often it is lowered and restored.
      if (lower && !request.counted) {
        request.counted = true;
        ++demoted_;
      }
      request.lowered = lower;
    }
    if (request.over_budget && !request.lowered && !request.spared)
      over_budget_at_full_priority_ = true;
  }
}

}  // namespace hemeroteca
