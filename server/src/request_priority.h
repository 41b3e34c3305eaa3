// RequestPriority: a request that has used much CPU yields the cores to cheaper ones.
//
// Requests differ in cost by two orders of magnitude: a rare word is answered in a
// millisecond, a word found in most of the archive (every facet counted over it) or a large
// export takes tens. When more requests run than there are cores, the kernel shares the cores
// equally, so the cheap ones wait behind the expensive ones. Here each running request is
// watched: once its thread has used `after` of CPU time, its nice value is raised by
// `nice_increment` for as long as a cheaper request (one still under `after`) runs beside it
// (least-attained-service scheduling, in one step). Cheap requests then finish first; the
// expensive ones run on the cycles left over and end a little later than they would have.
// Alone, or beside expensive ones only, a request keeps its priority: the nice value may rank
// it against every thread of the machine (below), and an import in another process must not
// starve a search that has no cheaper one to give way to. The watcher looks again at least every
// `after` while requests run, so a demoted request gets its priority back within `after` of
// the last cheap one ending. Waiting (for a turn, for the client) costs no CPU and counts for
// nothing. A request that must start over because the index changed under it is spared from
// then on (spare_this_request()): slowed down, it would meet the next commits again.
//
// The nice value ranks a thread against the other threads of its scheduling group: the whole
// machine, unless the server runs in a cgroup of its own with the cpu controller (a systemd
// service with CPUWeight=, a container) or in its own autogroup. Threads of the process that
// are not requests (none in `hemeroteca serve`) would get ahead of a demoted request.
//
// Putting a thread back to its former nice value needs CAP_SYS_NICE (or root) or an
// RLIMIT_NICE that allows it (systemd: LimitNICE=+0). A process that cannot do so never
// demotes anything (enabled() says false), since a demoted thread would stay demoted for the
// requests it answers next.
//
// Thread-safety: watch() may be called from many threads at once; a Watch belongs to the
// thread that asked for it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <ctime>
#include <mutex>
#include <thread>
#include <vector>

namespace hemeroteca {

struct RequestPriorityOptions {
  std::chrono::microseconds after{0};  // CPU time before a request is demoted; 0: never
  // Added to the thread's nice value (capped at 19): 15 levels divide its share of a core
  // shared with undemoted requests by about 28.
  int nice_increment = 15;
};

class RequestPriority {
 public:
  explicit RequestPriority(RequestPriorityOptions options);
  ~RequestPriority();
  RequestPriority(const RequestPriority&) = delete;
  RequestPriority& operator=(const RequestPriority&) = delete;

  // Whether requests are ever demoted: `after` is set and the process may restore a nice value.
  bool enabled() const { return enabled_; }

  // The calling thread's request, watched from now until the Watch is destroyed, which puts
  // the thread back to the nice value it had.
  class Watch {
   public:
    Watch(Watch&& other) noexcept : owner_(other.owner_), thread_(other.thread_) {
      other.owner_ = nullptr;
    }
    Watch(const Watch&) = delete;
    Watch& operator=(const Watch&) = delete;
    Watch& operator=(Watch&&) = delete;
    ~Watch() {
      if (owner_) owner_->release(thread_);
    }

   private:
    friend class RequestPriority;
    Watch(RequestPriority* owner, pid_t thread) : owner_(owner), thread_(thread) {}
    RequestPriority* owner_;  // null when nothing is watched
    pid_t thread_;
  };
  Watch watch();

  // The request the calling thread runs is never demoted again (and gets its priority back
  // now if it is). Does nothing on a thread that is not watched.
  static void spare_this_request();

  // Requests demoted at least once since the start (for /metrics and tests).
  unsigned long demoted() const;

 private:
  struct Running {
    pid_t thread;
    clockid_t cpu_clock;
    std::chrono::nanoseconds cpu_at_start;
    int nice_at_start;
    bool over_budget;  // has used `after` of CPU
    bool lowered;      // runs at the lower priority now
    bool counted;      // in demoted_
    bool spared;       // see spare_this_request()
  };

  std::vector<Running>::iterator find(pid_t thread);  // under mutex_
  void release(pid_t thread);
  void spare(pid_t thread);
  void watch_loop();
  // Lowers the requests over budget while a cheaper one runs, restores them otherwise.
  void reconcile(bool cheap_running);

  const RequestPriorityOptions options_;
  const bool enabled_;
  mutable std::mutex mutex_;
  // A request started while none ran, or beside one over budget at full priority; or stop.
  std::condition_variable changed_;
  std::vector<Running> running_;
  unsigned long demoted_ = 0;
  bool over_budget_at_full_priority_ = false;  // a new cheap request must wake the watcher
  bool stopping_ = false;
  std::thread watcher_;
};

}  // namespace hemeroteca
