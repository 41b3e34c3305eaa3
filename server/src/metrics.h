// Metrics: what the server has answered, for GET /metrics in Prometheus' text format (0.0.4).
//
//   hemeroteca_http_requests_total{method,route,status}     counter
//   hemeroteca_http_request_duration_seconds{route}         histogram (kLatencyBuckets)
//
// `route` is the route table's pattern ("/api/v1/bulletins/*"), "unmatched" for paths no
// route takes, "preflight" for CORS preflights, and `method` one of the standard methods or
// "other": labels stay few whatever clients send. The handler of /metrics adds the gauges (requests
// running and waiting, the index's documents and last commit) with append_gauge(), and the
// requests demoted for their CPU (request_priority.h) with append_counter().
//
// Thread-safety: all methods may be called from many threads at once.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

namespace hemeroteca {

inline constexpr std::array<double, 12> kLatencyBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                           0.1,   0.25,   0.5,   1,    2.5,   10};

inline constexpr std::string_view kUnmatchedRoute = "unmatched";

class Metrics {
 public:
  void observe(std::string_view method, std::string_view route, int status, double seconds);

  // The counters and histograms, each with its HELP and TYPE lines.
  std::string render() const;

 private:
  struct Latency {
    std::array<std::uint64_t, kLatencyBuckets.size()> buckets{};  // not cumulative
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Latency> latency_;
};

// Appends one gauge with its HELP and TYPE lines.
void append_gauge(std::string& out, std::string_view name, std::string_view help, double value);
// Appends one counter (a total since the start) with its HELP and TYPE lines.
void append_counter(std::string& out, std::string_view name, std::string_view help, double value);

}  // namespace hemeroteca
