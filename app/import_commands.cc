#include "import_commands.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "hemeroteca/schema/error.h"
#include "progress.h"
#include "shard_commands.h"

namespace hemeroteca {
namespace {

void write_report(const std::filesystem::path& file, const ImportSummary& summary,
                  const std::filesystem::path& database) {
  nlohmann::json report = to_json(summary);
  report["database"] = database.string();
  std::ofstream out(file);
  out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  if (!out) {
    throw Error(ErrorKind::kIo, file.string() + ": cannot write the report; check the folder");
  }
}

void print_summary(const ImportSummary& summary) {
  const double rate =
      summary.elapsed_seconds > 0
          ? static_cast<double>(summary.added + summary.replaced) / summary.elapsed_seconds
          : 0;
  std::printf(
      "added %zu, replaced %zu, unchanged %zu, failed %zu, duplicates merged %zu, removed %zu, "
      "pruned %zu; %zu inputs in %.1f s (%.0f bulletins/s)\n",
      summary.added, summary.replaced, summary.unchanged, summary.failures.size(),
      summary.duplicates, summary.removed, summary.pruned, summary.inputs, summary.elapsed_seconds,
      rate);
  std::fflush(stdout);
}

// Xapian 1.4 can fail a second time while unwinding a write that failed inside
// commit_transaction() (seen with a disk filling up at some blocks), and then calls
// std::terminate() itself, with no exception our handlers could catch or name. The index is
// still at its last committed revision (Xapian writes the new revision's root last), so an
// import that ends this way says what any failed write says, with the same exit code, instead
// of a bare abort.
[[noreturn]] void on_terminate_during_import() {
  std::fputs(
      "\nhemeroteca: the import stopped while Xapian was writing the index (a failed write "
      "it could not recover from, most often a full disk or a folder that cannot be "
      "written). The bulletins committed before are intact and the index is usable; free "
      "disk space (or raise the file-size limit or quota) or give write permission on "
      "the index folder, then run the import again: it resumes where the last commit "
      "ended.\n",
      stderr);
  std::_Exit(3);
}

// Installs on_terminate_during_import() for its lifetime.
class TerminateDuringImport {
 public:
  TerminateDuringImport() : previous_(std::set_terminate(on_terminate_during_import)) {}
  ~TerminateDuringImport() { std::set_terminate(previous_); }
  TerminateDuringImport(const TerminateDuringImport&) = delete;
  TerminateDuringImport& operator=(const TerminateDuringImport&) = delete;

 private:
  std::terminate_handler previous_;
};

}  // namespace

bool run_import(const Schema& schema, ImportCommand command) {
  spdlog::info("importing {} path(s) into {}", command.inputs.size(),
               command.options.database.string());
  ProgressReporter progress("inputs", ProgressReporter::stderr_is_terminal());
  command.options.observer = &progress;
  const TerminateDuringImport terminate_handler;
  const ImportSummary summary = import_paths(command.inputs, schema, command.options);
  progress.finish();
  print_summary(summary);
  if (command.report) write_report(*command.report, summary, command.options.database);
  return summary.failures.empty();
}

// A sharded index is rebuilt shard by shard: each keeps its own bulletins.
void run_reindex(const Schema& schema, ReindexOptions options) {
  for (const std::filesystem::path& folder : index_folders(options.database)) {
    spdlog::info("reindexing {}", folder.string());
    ProgressReporter progress("bulletins", ProgressReporter::stderr_is_terminal());
    ReindexOptions shard = options;
    shard.database = folder;
    shard.observer = &progress;
    const ReindexSummary summary = reindex(schema, shard);
    progress.finish();
    std::printf("reindexed %zu bulletins of %s (topics changed in %zu) in %.1f s\n",
                summary.bulletins, folder.string().c_str(), summary.topics_changed,
                summary.elapsed_seconds);
    std::fflush(stdout);
  }
}

}  // namespace hemeroteca
