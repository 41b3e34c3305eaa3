// Shared by the benchmarks: timing statistics and building an index of generated bulletins.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace hemeroteca::bench {

struct Stats {
  double median = 0;
  double p99 = 0;
  double mean = 0;
  std::size_t samples = 0;
};

inline Stats summarize(std::vector<double> values) {
  Stats stats;
  if (values.empty()) return stats;
  std::sort(values.begin(), values.end());
  stats.samples = values.size();
  stats.median = values[values.size() / 2];
  stats.p99 = values[std::min(values.size() - 1, values.size() * 99 / 100)];
  double sum = 0;
  for (double v : values) sum += v;
  stats.mean = sum / static_cast<double>(values.size());
  return stats;
}

inline void print_row(const std::string& name, const Stats& stats, const char* unit = "ms") {
  std::printf("%-46s median %8.2f %s   p99 %8.2f %s   (%zu samples)\n", name.c_str(), stats.median,
              unit, stats.p99, unit, stats.samples);
}

inline double elapsed_ms(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since)
      .count();
}

// Peak resident memory of this process, in MiB (from /proc/self/status).
double peak_rss_mib();

}  // namespace hemeroteca::bench
