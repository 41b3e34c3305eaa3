// SearchService: answers searches and record look-ups over one Xapian database.
//
// It is the one place that runs queries; the HTTP handlers and `hemeroteca search` both call
// it and render its answer with to_json(), so scripts get the same document either way.
//
// Thread-safety: all methods may be called from many threads at once. Each call leases its own
// Xapian::Database from a pool, reopens it to see the latest commit, and retries when the index
// changes under it (Xapian::DatabaseModifiedError).
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>
#include <xapian.h>

#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

inline constexpr unsigned kMaxPerPage = 100;
inline constexpr unsigned kMaxPage = 100000;

struct SearchRequest {
  std::string query;      // the query language of query_mapper.h; empty lists everything
  unsigned page = 1;      // 1-based
  unsigned per_page = 10; // 1..kMaxPerPage
};

struct SearchHit {
  std::string id;
  std::string title;
  std::optional<std::string> date;
  std::optional<std::string> number;
  std::string snippet;  // HTML: matched words in <mark>, everything else escaped
  double score = 0;
};

struct SearchResponse {
  Xapian::doccount total = 0;  // estimated matches (exact for small result sets)
  unsigned page = 1;
  unsigned per_page = 10;
  std::vector<SearchHit> results;
  double took_ms = 0;
};

class SearchService {
 public:
  // Keeps a reference to `schema`. Throws Error(kNotFound) when there is no index at
  // `database`, telling the user to run `hemeroteca import` first.
  SearchService(const Schema& schema, std::filesystem::path database);
  ~SearchService();

  // Throws Error(kInvalidArgument) for a query that cannot be parsed or bad paging.
  SearchResponse search(const SearchRequest& request) const;

  // The stored record of a bulletin, or nothing when the id is unknown.
  std::optional<Record> bulletin(const std::string& id) const;

  Xapian::doccount document_count() const;

 private:
  class DatabasePool;
  const Schema& schema_;
  std::unique_ptr<DatabasePool> pool_;
};

nlohmann::json to_json(const SearchResponse& response);

}  // namespace hemeroteca
