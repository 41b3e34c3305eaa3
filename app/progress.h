// ProgressReporter: how `hemeroteca import` and `reindex` show a job as it runs, on stderr.
//
// On a terminal: one line redrawn in place, a bar with the count, the rate and the time left
//   [##########..........]  51,200/100,000  1,021 bulletins/s  ETA 0:47
// Otherwise (a log, a pipe, CI): a plain line every few seconds. Each failed input is printed
// when it happens, "failed: PATH: REASON", above the bar.
//
// Thread-safety: called from the job's writing thread only.
#pragma once

#include <chrono>
#include <string>

#include "hemeroteca/indexer/importer.h"

namespace hemeroteca {

class ProgressReporter : public ImportObserver {
 public:
  // `noun` names what is counted ("inputs", "bulletins"); `terminal` draws the bar.
  ProgressReporter(std::string noun, bool terminal) : noun_(std::move(noun)), terminal_(terminal) {}

  void on_progress(const ImportProgress& progress) override;
  void on_failure(const ImportFailure& failure) override;
  // Ends the bar's line; call once the job is over.
  void finish();

  // True when stderr is a terminal.
  static bool stderr_is_terminal();

 private:
  void draw(const ImportProgress& progress);
  void log(const ImportProgress& progress);

  std::string noun_;
  bool terminal_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
  ImportProgress latest_;
};

// 12345 -> "12,345".
std::string with_thousands(std::size_t value);

}  // namespace hemeroteca
