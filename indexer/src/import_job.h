// ImportJob: one run of import_paths() — what each pipeline stage does with an input, and how
// the writer keeps the ledger, the transactions and the summary (private to the indexer).
//
// Workers (read, extract): read an input's bytes, hash them with its manifest entry, skip it
// when the ledger has that hash, else read and extract its bulletins and prepare their
// documents (corrections applied). Inputs with many bulletins (XML archives) are split into
// parts of kPartSize so that every worker helps.
// Writer: stores chunks in input order inside transactions of ImportOptions::batch_size
// bulletins; when an input's last chunk is stored without failures, its ledger entry is
// updated in the same transaction and bulletins it no longer gives are removed. A failed input
// keeps its old ledger entry, so the next run tries it again.
//
// Thread-safety: run() once; the stage functions are called by ImportPipeline.
#pragma once

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "hemeroteca/indexer/extractor.h"
#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/indexer/manifest.h"
#include "hemeroteca/schema/error.h"
#include "import_pipeline.h"
#include "index_writer.h"
#include "input_catalog.h"
#include "sharded_writer.h"

namespace hemeroteca {

class ImportJob {
 public:
  // Documents of one input extracted by one task.
  static constexpr std::size_t kPartSize = 32;

  ImportJob(const Schema& schema, const ImportOptions& options, InputCatalog& catalog,
            const Manifest* manifest, ShardedWriter& writer);

  // Throws as import_paths(); a failed write to the index (disk full, folder not writable)
  // becomes Error(kIo) saying what to do, with the open transaction cancelled.
  ImportSummary run();

 private:
  void read(InputItem&& item, unsigned worker);
  void extract(ExtractTask&& task, unsigned worker);
  void extract_into(Chunk& chunk, std::vector<ParsedDocument>& documents, std::size_t first,
                    unsigned worker) const;
  std::string input_hash(const InputItem& item, std::string_view bytes) const;

  void write(Chunk&& chunk);
  void finish_input(const std::string& name, const std::string& hash);
  void release(const std::vector<std::string>& ids, std::size_t& counter);
  void prune();
  void maybe_commit(bool force);
  void report_progress();
  void cancel_quietly();
  static Error write_failure(const std::filesystem::path& database, const Xapian::Error& e);

  const Schema& schema_;
  const ImportOptions& options_;
  InputCatalog& catalog_;
  const Manifest* manifest_;
  ShardedWriter& writer_;
  ExtractorKnowledge knowledge_;
  Extractor extractor_;
  unsigned workers_;
  std::unique_ptr<ImportPipeline> pipeline_;
  std::vector<std::unique_ptr<RecordPreparer>> preparers_;  // one per worker

  // Read by workers, never changed during the run.
  std::unordered_map<std::string, std::string> known_hashes_;
  std::unordered_map<std::string, nlohmann::json> corrections_;

  // The writer's alone.
  std::unordered_map<std::string, InputEntry> ledger_;
  std::unordered_map<std::string, std::size_t> claims_;  // bulletin id -> inputs giving it
  std::unordered_map<std::string, std::vector<std::string>> pending_ids_;
  std::unordered_set<std::string> failed_inputs_;
  ImportSummary summary_;
  std::size_t inputs_done_ = 0;
  std::size_t written_ = 0;  // bulletins handed to the writer
  std::size_t uncommitted_ = 0;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_commit_;
};

}  // namespace hemeroteca
