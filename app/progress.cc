#include "progress.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace hemeroteca {
namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(200);
constexpr auto kLogEvery = std::chrono::seconds(5);
constexpr int kBarWidth = 24;

std::string clock_time(double seconds) {
  const long total = static_cast<long>(seconds + 0.5);
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  }
  return text;
}

double rate_of(const ImportProgress& progress) {
  return progress.elapsed_seconds > 0
             ? static_cast<double>(progress.bulletins) / progress.elapsed_seconds
             : 0;
}

std::string eta_of(const ImportProgress& progress) {
  if (progress.inputs_done == 0 || progress.elapsed_seconds <= 0) return "--:--";
  const double per_input = progress.elapsed_seconds / static_cast<double>(progress.inputs_done);
  const std::size_t left =
      progress.inputs_total - std::min(progress.inputs_total, progress.inputs_done);
  return clock_time(per_input * static_cast<double>(left));
}

}  // namespace

std::string with_thousands(std::size_t value) {
  std::string digits = std::to_string(value);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, ",");
  return digits;
}

bool ProgressReporter::stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

void ProgressReporter::on_progress(const ImportProgress& progress) {
  latest_ = progress;
  const auto now = std::chrono::steady_clock::now();
  const bool done = progress.inputs_done >= progress.inputs_total;
  if (!done && now - last_ < (terminal_ ? kRedrawEvery : kLogEvery)) return;
  last_ = now;
  terminal_ ? draw(progress) : log(progress);
}

void ProgressReporter::draw(const ImportProgress& progress) {
  const double fraction = progress.inputs_total ? static_cast<double>(progress.inputs_done) /
                                                      static_cast<double>(progress.inputs_total)
                                                : 1.0;
  const int filled = static_cast<int>(fraction * kBarWidth);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(kBarWidth, '.');
  std::cerr << "\r[" << bar << "]  " << with_thousands(progress.inputs_done) << "/"
            << with_thousands(progress.inputs_total) << " " << noun_ << "  "
            << with_thousands(static_cast<std::size_t>(rate_of(progress))) << " bulletins/s  ETA "
            << eta_of(progress) << "\x1b[K" << std::flush;
  drawn_ = true;
}

void ProgressReporter::log(const ImportProgress& progress) {
  std::cerr << with_thousands(progress.inputs_done) << "/" << with_thousands(progress.inputs_total)
            << " " << noun_ << ", " << with_thousands(progress.bulletins) << " bulletins stored, "
            << with_thousands(static_cast<std::size_t>(rate_of(progress))) << " bulletins/s, ETA "
            << eta_of(progress) << "\n";
}

void ProgressReporter::on_failure(const ImportFailure& failure) {
  if (drawn_) std::cerr << "\r\x1b[K";
  std::cerr << "failed: " << failure.source << ": " << failure.reason << "\n";
  if (drawn_) draw(latest_);
}

void ProgressReporter::finish() {
  if (drawn_) std::cerr << "\n";
  drawn_ = false;
}

}  // namespace hemeroteca
