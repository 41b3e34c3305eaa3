#include "rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace hemeroteca {

RateLimiter::RateLimiter(RateLimit limit, std::function<Clock::time_point()> now)
    : limit_(limit), now_(std::move(now)) {
  limit_.burst = std::max(1u, limit_.burst);
}

unsigned RateLimiter::admit(const std::string& client) {
  if (!enabled()) return 0;
  const Clock::time_point now = now_();
  std::lock_guard lock(mutex_);
  if (buckets_.size() >= kMaxClients && !buckets_.contains(client)) forget_idle(now);
  auto [entry, added] = buckets_.try_emplace(client, Bucket{double(limit_.burst), now});
  Bucket& bucket = entry->second;
  const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
  bucket.tokens = std::min<double>(limit_.burst, bucket.tokens + elapsed * limit_.per_second);
  bucket.updated = now;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return 0;
  }
  return static_cast<unsigned>(std::max(1.0, std::ceil((1 - bucket.tokens) / limit_.per_second)));
}

void RateLimiter::forget_idle(Clock::time_point now) {
  std::erase_if(buckets_, [&](const auto& entry) {
    const double elapsed = std::chrono::duration<double>(now - entry.second.updated).count();
    return entry.second.tokens + elapsed * limit_.per_second >= limit_.burst;
  });
  // Every tracked client is active (a flood from many addresses): start afresh rather than
  // grow without bound.
  if (buckets_.size() >= kMaxClients) buckets_.clear();
}

}  // namespace hemeroteca
