#include "metrics.h"

#include <spdlog/fmt/fmt.h>

#include <algorithm>

namespace hemeroteca {
namespace {

constexpr std::array<std::string_view, 7> kMethods = {"GET",    "HEAD",  "POST",   "PUT",
                                                      "DELETE", "PATCH", "OPTIONS"};

std::string_view method_label(std::string_view method) {
  const bool known = std::find(kMethods.begin(), kMethods.end(), method) != kMethods.end();
  return known ? method : "other";
}

}  // namespace

void Metrics::observe(std::string_view method, std::string_view route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(method_label(method)), std::string(route), status}];
  Latency& latency = latency_[std::string(route)];
  const auto bucket = std::lower_bound(kLatencyBuckets.begin(), kLatencyBuckets.end(), seconds);
  if (bucket != kLatencyBuckets.end()) ++latency.buckets[bucket - kLatencyBuckets.begin()];
  ++latency.count;
  latency.sum += seconds;
}

std::string Metrics::render() const {
  std::lock_guard lock(mutex_);
  std::string out =
      "# HELP hemeroteca_http_requests_total HTTP requests answered, by method, route and "
      "status.\n# TYPE hemeroteca_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [method, route, status] = key;
    out += fmt::format(
        "hemeroteca_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n", method,
        route, status, count);
  }
  out +=
      "# HELP hemeroteca_http_request_duration_seconds Time from routing a request to the end of "
      "its answer, by route.\n# TYPE hemeroteca_http_request_duration_seconds histogram\n";
  for (const auto& [route, latency] : latency_) {
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
      cumulative += latency.buckets[i];
      out += fmt::format(
          "hemeroteca_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n", route,
          kLatencyBuckets[i], cumulative);
    }
    out += fmt::format(
        "hemeroteca_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n"
        "hemeroteca_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n"
        "hemeroteca_http_request_duration_seconds_count{{route=\"{}\"}} {}\n",
        route, latency.count, route, latency.sum, route, latency.count);
  }
  return out;
}

namespace {
void append_metric(std::string& out, std::string_view type, std::string_view name,
                   std::string_view help, double value) {
  out += fmt::format("# HELP {} {}\n# TYPE {} {}\n{} {}\n", name, help, name, type, name, value);
}
}  // namespace

void append_gauge(std::string& out, std::string_view name, std::string_view help, double value) {
  append_metric(out, "gauge", name, help, value);
}

void append_counter(std::string& out, std::string_view name, std::string_view help, double value) {
  append_metric(out, "counter", name, help, value);
}

}  // namespace hemeroteca
