// Importer: files, folders and archives into a Xapian index — the `hemeroteca import` job.
//
// Inputs are files, folders (recursively) and .zip/.tar/.tar.gz archives read in place; each
// supported file is read (reader.h), extracted (extractor.h), mapped (schema's DocumentMapper)
// and stored with replace_document() on its unique id term. See docs/importing.md.
//
//   Idempotent   a bulletin's id comes from its source (source_id()), so importing the same
//                input again replaces rather than adds; an input whose content (and manifest
//                entry) has not changed since the last import is skipped without being read
//                further than its hash (the ledger, kept in the index's metadata);
//                ImportOptions::force extracts it again.
//   Changed      a changed input replaces its bulletins; bulletins it no longer gives (an XML
//                archive that lost one) are removed.
//   Duplicates   two shapes of one bulletin (a PDF and its text, same duplicate_key) are kept
//                as two documents, which search shows as one result listing both sources;
//                ImportSummary::duplicates counts the shapes merged that way.
//   Atomic       bulletins are written in transactions of ImportOptions::batch_size; a job
//                killed at any moment leaves an index that opens and holds only whole
//                bulletins, and a rerun ends with the same index as an uninterrupted run.
//   Parallel     reading and extraction run on ImportOptions::workers threads; the results
//                are stored in input order, each shard by a thread of its own.
//   Prune        with ImportOptions::prune, bulletins whose input is gone from the folders and
//                archives given are removed (never otherwise).
//   Sharded      with ImportOptions::shards, bulletins are split over several indexes, each
//                stored in shard shard_of(id) so that a re-import finds it where it is; the
//                ledger is kept per shard. Shapes of one bulletin on different shards are
//                merged by search all the same, but ImportSummary::duplicates only counts
//                those that met on one shard. Shards are written in parallel, so an import
//                into two shards keeps two cores busy. See docs/sharding.md.
//   Corrections  staff corrections (corrections.h) are applied to every bulletin stored.
//
// A bad input is reported (ImportSummary::failures, ImportObserver::on_failure) and skipped;
// the job goes on.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/indexer/reader.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

struct ImportFailure {
  std::string source;  // the input (path or archive entry), or "input: bulletin n"
  std::string reason;
};

struct ImportProgress {
  std::size_t inputs_done = 0;
  std::size_t inputs_total = 0;  // files plus archive entries
  std::size_t bulletins = 0;     // extracted and sent to the index so far
  double elapsed_seconds = 0;
};

// Told about the job as it runs, on the writing thread. The default does nothing.
class ImportObserver {
 public:
  virtual ~ImportObserver() = default;
  // After every input or part of one; throttle the output yourself.
  virtual void on_progress(const ImportProgress&) {}
  virtual void on_failure(const ImportFailure&) {}
};

struct ImportOptions {
  std::filesystem::path database{};  // created when missing; unused when `shards` is given
  // The folders of a sharded index, in their fixed order (shard_folders() names them for a
  // count); each is created when missing. Importing with another count or order is refused.
  std::vector<std::filesystem::path> shards{};
  // Bulletins per transaction: larger is faster and uses more memory; a killed job redoes at
  // most one transaction's work.
  std::size_t batch_size = 2000;
  unsigned workers = 0;  // reading and extraction threads; 0: one per core
  std::optional<std::filesystem::path> manifest{};  // docs/manifest-format.md
  bool prune = false;  // remove bulletins whose input vanished from the paths given
  bool force = false;  // extract unchanged inputs again (after upgrading the extractor)
  std::chrono::milliseconds lock_wait{2000};  // for another writer to finish
  ReadOptions read{};
  ImportObserver* observer = nullptr;  // not owned; may be null
};

struct ImportSummary {
  std::size_t inputs = 0;      // files and archive entries seen
  std::size_t added = 0;       // new bulletins
  std::size_t replaced = 0;    // bulletins already in the index, stored again
  std::size_t unchanged = 0;   // inputs skipped: same content as at their last import
  std::size_t duplicates = 0;  // added bulletins that are another shape of an indexed one
  std::size_t removed = 0;     // bulletins a changed input no longer gives
  std::size_t pruned = 0;      // bulletins removed because their input vanished (--prune)
  std::vector<ImportFailure> failures;
  double elapsed_seconds = 0;
};

// The summary as the JSON of `hemeroteca import --report`.
nlohmann::json to_json(const ImportSummary& summary);

// Runs the job. Throws Error(kNotFound) when an input or the manifest does not exist,
// Error(kInvalidArgument) for a manifest that must be fixed, Error(kUnavailable) when another
// process writes to the index, Error(kIo) when the index cannot be opened or written. Problems
// with single inputs go to ImportSummary::failures instead.
ImportSummary import_paths(const std::vector<std::filesystem::path>& inputs, const Schema& schema,
                           const ImportOptions& options);

// How many documents a Xapian writer buffers before flushing them into its tables, when
// $XAPIAN_FLUSH_THRESHOLD does not say (Xapian's own default is 10,000). Xapian 1.4 buffers a
// flush's postings and positions in ordered maps over every term seen since the last flush;
// with a real vocabulary those maps, not the flushes, are most of a writer's time, and they
// grow with the threshold. Flushing inside a transaction writes no commit: a killed job still
// leaves the last committed index. docs/importing.md has the measurements.
inline constexpr unsigned kDefaultFlushThreshold = 250;

// Sets $XAPIAN_FLUSH_THRESHOLD to kDefaultFlushThreshold unless it is set: Xapian 1.4 reads
// it, and only it, whenever a database is opened for writing. Call at the start of main(),
// before any thread runs, because setenv() is not safe beside another thread's getenv().
void use_default_flush_threshold();

// The shard (0 … shard_count-1) that holds bulletin `id`: a stable hash of the id, the same
// on every machine and in every release.
std::size_t shard_of(std::string_view id, std::size_t shard_count);

// The folders of an index of `shard_count` shards under `base`: base/shard-0, base/shard-1…
std::vector<std::filesystem::path> shard_folders(const std::filesystem::path& base,
                                                 std::size_t shard_count);

// Stores one record outside an import job (tests, fixtures): its document (replacing any with
// the same id), after applying the index's correction for its id, and the display labels of
// its facet values. Returns true when the id was new.
bool store_record(Xapian::WritableDatabase& database, DocumentMapper& mapper, const Record& record);

}  // namespace hemeroteca
