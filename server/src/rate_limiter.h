// RateLimiter: a token bucket per client address for the public API.
//
// Each client starts with RateLimit::burst requests in its bucket, which refills at
// RateLimit::per_second; a request finding the bucket empty is refused, and told how long
// until the next token (for Retry-After). per_second 0 turns limiting off.
//
// Memory is bounded: when more than kMaxClients addresses are tracked, the buckets that have
// refilled completely (clients idle long enough to be forgotten without changing any answer)
// are dropped; if none has, all are.
//
// Thread-safety: admit() may be called from many threads at once.
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

#include "hemeroteca/server/http_server.h"

namespace hemeroteca {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::size_t kMaxClients = 10000;

  // `now` is the clock; tests pass their own.
  explicit RateLimiter(RateLimit limit, std::function<Clock::time_point()> now = Clock::now);

  bool enabled() const { return limit_.per_second > 0; }

  // Zero when `client` may go ahead (a token is taken); otherwise the whole seconds until it
  // may try again (at least 1).
  unsigned admit(const std::string& client);

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  void forget_idle(Clock::time_point now);

  RateLimit limit_;
  std::function<Clock::time_point()> now_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace hemeroteca
