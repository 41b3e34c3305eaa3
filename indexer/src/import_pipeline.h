// ImportPipeline: reading and extraction on worker threads, writing on the calling thread, in
// input order (private to the indexer).
//
// Work comes as tasks keyed (input seq, part). A worker takes the lowest-keyed task there is —
// an extraction part spawned by an earlier input first, else the next input — and hands its
// results to the writer as Chunks with the same key. The writer takes chunks strictly in key
// order, so the index is written in the same order whatever the thread timing, which makes
// every run of a job, and every resumed run, end in the same index.
//
// Memory is bounded: while more than `max_buffered` records wait for the writer, workers start
// only the task the writer needs next, so a slow input holds back at most that many records.
//
// Errors: the stage functions handle their own per-input errors (as failures in the Chunk).
// An exception escaping a worker or the writer stops the pipeline; run() rethrows it after
// every thread has joined.
//
// Thread-safety: run() once, from one thread. emit() and spawn() are for the stage functions.
#pragma once

#include <compare>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "hemeroteca/indexer/document.h"
#include "hemeroteca/indexer/importer.h"
#include "index_writer.h"
#include "input_catalog.h"

namespace hemeroteca {

struct TaskKey {
  std::size_t seq = 0;
  std::size_t part = 0;
  auto operator<=>(const TaskKey&) const = default;
};

// A slice of one input's documents to extract.
struct ExtractTask {
  TaskKey key;
  bool last = true;  // the input's final part
  std::string input;
  std::string hash;
  std::size_t first = 0;  // index of documents[0] in the input, for messages
  std::vector<ParsedDocument> documents;
};

// What the writer receives.
struct Chunk {
  TaskKey key;
  bool last = true;  // the input's final chunk: its ledger entry may be written
  std::string input;
  std::string hash;
  bool unchanged = false;  // skipped: same content as the ledger says
  std::vector<PreparedRecord> records;
  std::vector<ImportFailure> failures;
};

class ImportPipeline {
 public:
  struct Stages {
    std::function<std::optional<InputItem>()> next_input;  // under the pipeline's lock
    std::function<void(InputItem&&, unsigned worker)> read;
    std::function<void(ExtractTask&&, unsigned worker)> extract;
    std::function<void(Chunk&&)> write;  // on the thread that called run()
  };

  ImportPipeline(unsigned workers, std::size_t max_buffered)
      : workers_(workers), max_buffered_(max_buffered) {}

  void run(const Stages& stages);

  void emit(Chunk&& chunk);
  void spawn(ExtractTask&& task);

 private:
  void work(unsigned worker);
  void write();
  bool may_start(const TaskKey& key) const;
  bool finished() const;
  void stop(std::exception_ptr error);

  const unsigned workers_;
  const std::size_t max_buffered_;
  const Stages* stages_ = nullptr;

  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable chunk_ready_;
  std::map<TaskKey, ExtractTask> tasks_;
  std::map<TaskKey, Chunk> chunks_;
  std::size_t buffered_ = 0;
  std::size_t next_seq_ = 0;  // of the next input to start
  bool inputs_done_ = false;
  unsigned busy_ = 0;
  TaskKey next_write_;
  bool stopping_ = false;
  std::exception_ptr error_;
};

}  // namespace hemeroteca
