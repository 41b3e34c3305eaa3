// IndexWriter: the one way the indexer writes an index — imports, reindex and HTTP uploads all
// store bulletins through it (private to the indexer).
//
// Besides the bulletins' documents it keeps, in the index's own metadata and so committed
// atomically with them:
//   input:<hash of name>   the ledger: per input (a file, an archive entry, an upload) its
//                          content hash, its name and the ids of the bulletins it gave
//                          ("hash NUL name NUL id id …"; names are paths, not always UTF-8);
//                          it lets an import skip unchanged inputs and prune vanished ones;
//   correction:<id>        staff corrections (corrections.h), applied on every store;
//   label:…                facet labels (DocumentMapper::facet_labels).
// "Did you mean" needs nothing written: it reads the index's own words (schema/spelling.h).
//
// Preparing a record (mapping it to a Xapian document, collecting its facet labels) is the
// expensive part and is done by RecordPreparer, one per thread; IndexWriter only writes.
//
// Thread-safety: IndexWriter is not thread-safe; RecordPreparer is one per thread.
#pragma once

#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

struct PreparedRecord {
  Record record;  // as stored: corrections applied
  Xapian::Document document;
  std::vector<std::pair<std::string, std::string>> labels;  // facet label metadata
};

class RecordPreparer {
 public:
  explicit RecordPreparer(const Schema& schema) : mapper_(schema) {}
  // Applies `correction` (normalized, or null) and maps the record.
  PreparedRecord prepare(Record record, const nlohmann::json* correction);

 private:
  DocumentMapper mapper_;
};

// What the ledger knows of one input.
struct InputEntry {
  std::string hash;
  std::vector<std::string> ids;
};

struct WriterOptions {
  // How long to wait for another writer to let go of the index before giving up.
  std::chrono::milliseconds lock_wait{2000};
  // How long a commit waits for a backup copying the index (backup_hold.h) before it commits
  // anyway, which makes that backup start its copy over.
  std::chrono::milliseconds backup_wait{std::chrono::minutes(10)};
};

// Opens `path` for writing, creating it (and its parent folders) when missing, waiting up to
// `lock_wait` for another writer. Throws Error(kUnavailable) when another process holds the
// index, Error(kIo) when it cannot be opened or created.
Xapian::WritableDatabase open_writable(const std::filesystem::path& path,
                                       std::chrono::milliseconds lock_wait);

class IndexWriter {
 public:
  // See open_writable() for the errors.
  IndexWriter(const std::filesystem::path& path, const Schema& schema,
              const WriterOptions& options = {});

  Xapian::WritableDatabase& database() { return database_; }

  // Every input in the ledger, by name.
  std::unordered_map<std::string, InputEntry> inputs() const;
  std::optional<InputEntry> input(const std::string& name) const;
  // Every correction, by bulletin id.
  std::unordered_map<std::string, nlohmann::json> corrections() const;
  std::optional<nlohmann::json> correction(const std::string& id) const;

  struct Stored {
    bool added = false;      // the id was new to the index
    bool duplicate = false;  // added, and another bulletin already had its duplicate_key
  };
  Stored write(const PreparedRecord& prepared);
  // Deletes the bulletin `id`; false when there was none.
  bool remove(const std::string& id);
  std::optional<Record> record(const std::string& id);
  // The ids of the other bulletins with `record`'s duplicate_key: the same bulletin in other
  // shapes (duplicate_key.h), which searches show as one.
  std::vector<std::string> copies_of(const Record& record);

  void set_input(const std::string& name, const InputEntry& entry);
  void forget_input(const std::string& name);
  void set_correction(const std::string& id, const nlohmann::json& correction);
  void forget_correction(const std::string& id);

  // Transactions: begin() … commit() is applied whole or not at all, even when the process is
  // killed in between. commit() outside a transaction commits what is pending. While a backup
  // copies the index (backup_hold.h), commit() waits for it, at most WriterOptions::backup_wait.
  void begin();
  void commit();
  void cancel();

 private:
  const Schema& schema_;
  std::filesystem::path path_;
  std::chrono::milliseconds backup_wait_;
  Xapian::WritableDatabase database_;
  std::string id_prefix_;
  const FieldSpec& duplicate_field_;
  // Labels set in this session, so that each is written once, not once per bulletin.
  std::unordered_map<std::string, std::string> labels_;
  // Spelling words of the open transaction with their counts, added to Xapian once each at
  // commit: the same dictionary for far fewer calls.
  bool in_transaction_ = false;
};

// The ledger key of an input name: names may be longer than a metadata key may be.
std::string input_key(const std::string& name);
inline constexpr std::string_view kInputKeyPrefix = "input:";

}  // namespace hemeroteca
