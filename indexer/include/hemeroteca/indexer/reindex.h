// Reindex: rebuild an index from the records it stores, without the original files — after a
// change to schema/fields.xml, the analyzer or the topic taxonomy (`hemeroteca reindex`).
//
// Every stored record is read back (DocumentMapper::to_record), its topics are classified
// again with the current taxonomy and its duplicate key recomputed, its correction applied,
// and it is written with the current mapping into a new database beside the old one
// ("<index>.reindex"). The ledger and the corrections are carried over; facet labels are
// rebuilt. The new database then takes the old one's place in one
// atomic rename (renameat2 RENAME_EXCHANGE), and the old one is deleted.
//
// Searches keep working throughout: a reader that is mid-search keeps reading the old files,
// and the server's database pool opens the new index on its next request (it notices the
// folder changed). The index is held for writing during the rebuild, so no import or upload
// is lost to the swap: they are refused (Error(kUnavailable)) until it ends.
//
// Errors: Error(kUnavailable) when there is no index or another process
// writes to it, Error(kCorrupt) when a stored record cannot be read, Error(kIo) when the new
// database cannot be written or swapped in. On any error the old index is left as it was.
//
// Thread-safety: one reindex per index at a time (the write lock enforces it).
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>

#include "hemeroteca/indexer/importer.h"
#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

struct ReindexOptions {
  std::filesystem::path database;
  std::size_t batch_size = 2000;  // bulletins per transaction of the new database
  unsigned workers = 0;           // 0: one per core
  std::chrono::milliseconds lock_wait{2000};
  ImportObserver* observer = nullptr;  // progress; not owned; may be null
};

struct ReindexSummary {
  std::size_t bulletins = 0;
  std::size_t topics_changed = 0;  // bulletins whose topics differ from before
  double elapsed_seconds = 0;
};

ReindexSummary reindex(const Schema& schema, const ReindexOptions& options);

}  // namespace hemeroteca
