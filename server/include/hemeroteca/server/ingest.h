// Ingest: the port through which the HTTP API writes bulletins (POST, DELETE and PATCH on
// /api/v1/bulletins), and the configuration that guards it.
//
// The server library only reads indexes; writing belongs to the indexer. So the server defines
// what it needs here, BulletinStore, and the program that runs the server hands it an
// implementation (the `hemeroteca serve --token-file` command wires the indexer's one in).
// Without a store, the write routes answer 503.
//
// Thread-safety: HTTP request threads call a BulletinStore concurrently; implementations
// serialize their writes.
#pragma once

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "hemeroteca/schema/record.h"

namespace hemeroteca {

// Facts the uploader knows about a bulletin; they win over what extraction finds.
struct UploadFacts {
  std::optional<std::string> date;  // YYYY-MM-DD
  std::optional<std::string> number;
  std::optional<std::string> url;
  std::optional<std::string> source;
  std::optional<std::string> title;
};

// One uploaded file: a bulletin in any format the importer reads, or an XML archive of many.
struct Upload {
  std::string filename;  // as the client named it; with `facts`, it names the source and id
  std::string bytes;
  UploadFacts facts;
};

struct IngestResult {
  std::vector<std::string> added;     // ids of new bulletins
  std::vector<std::string> replaced;  // ids of bulletins stored again
  bool unchanged = false;             // the same content as the last upload of this name
  std::vector<std::string> warnings;  // what extraction repaired or could not read
};

class BulletinStore {
 public:
  virtual ~BulletinStore() = default;

  // Reads, extracts and stores the bulletins of `upload`, committed before returning.
  // Throws Error(kInvalidArgument) for content that is not a bulletin, Error(kUnavailable)
  // while another process (an import, a reindex) writes to the index.
  virtual IngestResult add(const Upload& upload) = 0;

  // Stores a complete record given as JSON (the form GET /api/v1/bulletins/{id} answers).
  // Throws Error(kInvalidArgument) when it is not a valid record; kUnavailable as add().
  virtual IngestResult add_record(const nlohmann::json& record) = 0;

  // Deletes a bulletin and its correction, and its copies (the same bulletin in other shapes,
  // shown as one by searches); returns the ids deleted, `id` first, none when there is no such
  // bulletin.
  virtual std::vector<std::string> remove(const std::string& id) = 0;

  // Stores a staff correction of the bulletin's metadata (see the indexer's corrections.h for
  // the members), for its copies too, and returns the corrected record; nothing when there is
  // no such bulletin.
  // Throws Error(kInvalidArgument) for a correction that cannot be applied.
  virtual std::optional<Record> correct(const std::string& id, const nlohmann::json& patch) = 0;
};

// Who may write, and how much. Writes are enabled when `token` or `token_file` is set; a
// request may carry any of the tokens of either.
struct WriteAccess {
  std::string token{};  // "Authorization: Bearer <token>" must carry it; empty: no fixed token
  // One token a line (blank lines and '#' comments skipped), re-read when the file changes,
  // so that tokens are rotated without a restart: add the new line, move the clients, remove
  // the old line. Each token at least 16 characters.
  std::filesystem::path token_file{};
  std::size_t max_body_bytes = 16 * 1024 * 1024;  // larger requests are answered 413

  bool enabled() const { return !token.empty() || !token_file.empty(); }
};

}  // namespace hemeroteca
