// BulletinEditor: single-bulletin writes to an index while it is being searched — the HTTP
// API's uploads, deletions and staff corrections (the server's BulletinStore is wired to it in
// app/ingest_store.h).
//
// Each call opens the index for writing, makes its change in one transaction, commits and
// closes it again, so searches see the change on their next request and an import can run
// between two calls. While an import or a reindex holds the index, calls wait up to
// EditorOptions::lock_wait and then throw Error(kUnavailable).
//
//   add          reads and extracts a file as the importer does (any format, or an XML archive
//                of many bulletins), with the uploader's facts winning over extraction; the
//                upload is an input of the ledger named "upload:<name>", so sending the same
//                bytes again changes nothing and is reported unchanged;
//   add_record   stores a complete record as given (its JSON form);
//   remove       deletes a bulletin and its correction, and its copies (the same bulletin in
//                other shapes, by duplicate_key, which searches show as one); the inputs that
//                gave them stay in the ledger, so re-importing those unchanged files does not
//                bring them back (a changed file, or `import --force`, does);
//   correct      merges a correction (corrections.h) into the stored corrections of the
//                bulletin and of its copies and stores them again with it; imports and
//                reindexing apply it from then on.
//
// Errors: Error(kInvalidArgument) for content that is not a bulletin, a record or correction
// that is not valid; kUnavailable as above; kIo when the index cannot be written.
// Thread-safety: all methods may be called from many threads; writes are serialized.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/indexer/document.h"
#include "hemeroteca/indexer/extractor.h"
#include "hemeroteca/indexer/reader.h"
#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

struct EditorOptions {
  std::filesystem::path database;
  std::chrono::milliseconds lock_wait{1000};  // for an import or reindex to let go
  ReadOptions read{};
};

struct EditOutcome {
  std::vector<std::string> added;     // ids of new bulletins
  std::vector<std::string> replaced;  // ids stored again
  bool unchanged = false;             // same bytes and facts as the last upload of the name
  std::vector<std::string> warnings;
};

// The ledger name of an upload.
std::string upload_input_name(std::string_view filename);

class BulletinEditor {
 public:
  // Keeps a reference to `schema`; loads the extractor's knowledge from its folder.
  BulletinEditor(const Schema& schema, EditorOptions options);
  ~BulletinEditor();

  EditOutcome add(std::string_view bytes, const std::string& filename, const KnownMetadata& facts);
  EditOutcome add_record(const nlohmann::json& record);
  // The ids deleted: `id` first, then its copies; none when there is no bulletin `id`.
  std::vector<std::string> remove(const std::string& id);
  std::optional<Record> correct(const std::string& id, const nlohmann::json& patch);

 private:
  const Schema& schema_;
  EditorOptions options_;
  ExtractorKnowledge knowledge_;
  Extractor extractor_;
  std::mutex mutex_;
};

}  // namespace hemeroteca
