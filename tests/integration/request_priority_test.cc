// Demoting requests that have used much CPU (request_priority.h), on real threads, and over
// real HTTP through /metrics.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <string>
#include <cerrno>
#include <chrono>
#include <thread>

#include "hemeroteca/server/http_server.h"
#include "hemeroteca/server/search_service.h"
#include "import_support.h"
#include "request_priority.h"
#include "server_guard_support.h"

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

#define SKIP_UNLESS_ENABLED(priority)                                                 \
  if (!(priority).enabled())                                                          \
  GTEST_SKIP() << "this process may not restore a thread's priority (CAP_SYS_NICE or " \
                  "RLIMIT_NICE 20 needed)"

TEST(RequestPriorityTest, ARequestPastItsCpuBudgetRunsDemotedAndGetsItsPriorityBack) {
  RequestPriority priority({.after = 2ms, .nice_increment = 5});
  SKIP_UNLESS_ENABLED(priority);
  on_fresh_thread([&](pid_t self) {
    const int before = nice_of(self);
    {
      const RequestPriority::Watch watched = priority.watch();
      EXPECT_TRUE(spin_until([&] { return nice_of(self) == before + 5; }))
          << "still at nice " << nice_of(self) << " after 10 s of CPU";
      EXPECT_EQ(1u, priority.demoted());
    }
    EXPECT_EQ(before, nice_of(self));
  });
}

TEST(RequestPriorityTest, WaitingIsNotCountedOnlyCpuIs) {
  RequestPriority priority({.after = 5ms, .nice_increment = 5});
  SKIP_UNLESS_ENABLED(priority);
  on_fresh_thread([&](pid_t self) {
    const int before = nice_of(self);
    const RequestPriority::Watch watched = priority.watch();
    std::this_thread::sleep_for(100ms);  // twenty budgets of wall time, no CPU
    EXPECT_EQ(before, nice_of(self));
    EXPECT_EQ(0u, priority.demoted());
  });
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
      EXPECT_TRUE(spin_until([&] { return nice_of(self) == 19; }));
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
  on_fresh_thread([&](pid_t self) {
    const int before = nice_of(self);
    const RequestPriority::Watch watched = priority.watch();
    const auto end = std::chrono::steady_clock::now() + 20ms;
    EXPECT_TRUE(spin_until([&] { return std::chrono::steady_clock::now() > end; }));
    EXPECT_EQ(before, nice_of(self));
  });
}

// Through the server: a budget of a microsecond demotes searches (those the watcher sees still
// running: a search of one bulletin can end before it looks), and /metrics counts them.
TEST(RequestPriorityTest, TheServerDemotesSearchesPastTheBudgetAndCountsThemInMetrics) {
  TempDir temp;
  temp.write("uno.txt", bulletin_text(1));
  const Schema schema = Schema::load(schema_dir() / "fields.xml");
  ImportOptions import;
  import.database = temp.path() / "index";
  import_paths({temp.path() / "uno.txt"}, schema, import);
  SearchService service(schema, import.database, SearchOptions{});
  HttpServer server(ServerOptions{.port = 0, .demote_after = 1us}, service);
  server.start();
  const auto demoted = [&] {
    const std::string text = exchange(server.port(), "GET", "/metrics").body;
    const std::string line = "\nhemeroteca_http_requests_demoted_total ";
    const std::size_t at = text.find(line);
    if (at == std::string::npos) return -1;
    return std::stoi(text.substr(at + line.size()));
  };
  const bool enabled = RequestPriority({.after = 1ms}).enabled();
  EXPECT_EQ(0, demoted());  // /metrics itself is never watched
  if (!enabled) GTEST_SKIP() << "this process may not restore a thread's priority";
  int searches = 0;
  while (demoted() == 0 && searches < 500) {
    ASSERT_EQ(200, exchange(server.port(), "GET", "/api/v1/search?q=abasto").status);
    ++searches;
  }
  EXPECT_GE(demoted(), 1) << "none of " << searches << " searches was demoted";
  EXPECT_LE(demoted(), searches);
  // Its thread was put back: a demoted thread answers the next requests at nice 0 again.
  EXPECT_EQ(200, exchange(server.port(), "GET", "/api/v1/search?q=abasto").status);
}

}  // namespace
}  // namespace hemeroteca::testing
