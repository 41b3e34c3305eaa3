// SearchService: answers searches, look-ups and lists over one Xapian index.
//
// It is the one place that runs queries; the HTTP handlers and `hemeroteca search` both call
// it and render its answers with the to_json() functions below, so scripts get the same
// document either way.
//
// A search: the query text (query_mapper.h) minus any Spanish date phrase ("en marzo de
// 2023", query_dates.h) is matched; filters of different facets are AND-ed and values of one
// facet OR-ed; facets are counted over the whole match set, multi-select (facet_index.h);
// bulletins sharing a duplicate_key are collapsed into one result that lists the others'
// sources; snippets are made only for the page shown.
//
// The index may be split over shards, local or served by xapian-tcpsrv (shards.h); a search
// over them answers as one index holding everything would.
//
// Thread-safety: all methods may be called from many threads at once. Each call leases its own
// Xapian::Database from a pool, reopens it to see the latest commit (a new commit is visible to
// the next search), and retries when the index changes under it. Facet columns are rebuilt
// when the index revision changes.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/schema.h"
#include "hemeroteca/schema/synonyms.h"
#include "hemeroteca/server/facet_index.h"
#include "hemeroteca/server/shards.h"

namespace hemeroteca {

class DatabasePool;

inline constexpr unsigned kMaxPerPage = 100;
inline constexpr unsigned kMaxPage = 100000;

enum class SortOrder { kRelevance, kDateDesc, kDateAsc };
std::string_view to_string(SortOrder order);

struct SearchRequest {
  std::string query;  // the query language of query_mapper.h; empty lists everything
  std::optional<std::string> date_from;  // ISO, inclusive
  std::optional<std::string> date_to;    // ISO, inclusive
  std::vector<std::string> officials;    // facet values (slugs; names are slugged)
  std::vector<std::string> organizations;
  std::vector<std::string> states;
  std::vector<std::string> topics;
  std::vector<std::string> years;  // "2020", or "sin-fecha" for undated bulletins
  bool has_figures = false;        // only bulletins with figures
  // Relevance by default; an empty query lists newest first unless a date sort is asked.
  std::optional<SortOrder> sort;
  unsigned page = 1;       // 1-based
  unsigned per_page = 10;  // 1..kMaxPerPage
  bool facets = true;      // count facets (the total is exact either way)
  bool snippets = true;
};

struct Labelled {
  std::string id;
  std::string label;
};

struct SearchHit {
  std::string id;
  std::string title;
  std::optional<std::string> date;
  std::optional<std::string> number;
  std::vector<Labelled> officials;
  std::vector<Labelled> topics;
  std::string snippet;  // HTML: matched words in <mark>, everything else escaped
  double score = 0;
  std::vector<std::string> sources;     // every shape of this bulletin
  std::vector<std::string> duplicates;  // ids of the other shapes collapsed into this result
};

struct AppliedFilters {
  std::string query;                       // the text searched, without the date phrase
  std::optional<std::string> date_phrase;  // "en marzo de 2023", as typed
  std::optional<std::string> date_from;
  std::optional<std::string> date_to;
  std::vector<std::string> years;   // "en 2020 y 2024": only these years; empty for any
  std::vector<std::string> months;  // "en marzo y mayo de 2024": "2024-03", "2024-05" only
};

struct SearchResponse {
  Xapian::doccount total = 0;  // exact, duplicates counted once
  unsigned page = 1;
  unsigned per_page = 10;
  SortOrder sort = SortOrder::kRelevance;
  AppliedFilters applied;
  std::string suggestion;  // "did you mean", empty when none
  std::vector<SearchHit> results;
  FacetCounts facets;  // empty groups when facets were not asked for
  double took_ms = 0;
  // Shards left out because they did not answer (ShardFailurePolicy::kPartial): the answer
  // is partial. Empty when every shard answered.
  std::vector<std::string> missing_shards;
};

// Another shape of a bulletin (the same bulletin from another file or format, by duplicate_key).
struct OtherShape {
  std::string id;
  std::vector<std::string> sources;
};

struct SimilarBulletin {
  std::string id;
  std::string title;
  std::optional<std::string> date;
  double score = 0;
};

struct FigureHit {
  Figure figure;
  std::string bulletin_id;
  std::string bulletin_title;
  std::optional<std::string> bulletin_date;
};

struct FigureRequest {
  std::string query;
  std::string unit;  // folded substring of the figure's unit; empty: any
  std::optional<double> min;
  std::optional<double> max;
  unsigned limit = 50;  // 1..500
};

struct SearchOptions {
  const Synonyms* synonyms = nullptr;  // kept by reference when given
  std::size_t facet_values = 50;       // values listed per facet (selected ones always)
  // Bulletins read when collecting figures, newest first, before giving up.
  std::size_t figure_scan_limit = 5000;
  // Search passes (counts, page, and the page's results as shown once made) remembered per
  // index revision, for repeated searches (paging back and forth, a shared link opened by
  // many); each holds a page of results, a few tens of KB at most; 0 turns the cache off.
  std::size_t pass_cache_entries = 512;
  // Documents of phrases of the latest index revision, shared by every search that has the
  // phrase (match_set.h); 0 turns this cache off.
  std::size_t phrase_cache_entries = 64;
  // Text queries of the latest index revision whose match sets (and, once searched twice, best
  // 256 hits) are remembered for the searches that only filter, page or order them: one bit
  // per document plus 4 KB each (12.5 KB + 4 KB at 100,000 bulletins); 0 turns this cache off.
  std::size_t query_cache_entries = 256;
};

// What /metrics reports about the index.
struct IndexStatus {
  Xapian::doccount documents = 0;
  // Unix seconds of the latest commit by an import, upload or reindex (kLastCommitKey); none
  // for an index written before that was recorded.
  std::optional<std::int64_t> last_commit{};
};

class SearchService {
 public:
  // Keeps a reference to `schema`. Throws Error(kNotFound) when there is no index at
  // `database`, telling the user to run `hemeroteca import` first.
  SearchService(const Schema& schema, std::filesystem::path database, SearchOptions options = {});
  // Over the shards of a sharded index (shards.h), searched as one. Throws as DatabasePool
  // does: Error(kUnavailable) when no shard answers, or not every one with
  // ShardFailurePolicy::kFail; a shard failing later makes searches partial or fail likewise.
  SearchService(const Schema& schema, ShardOptions shards, SearchOptions options = {});
  ~SearchService();

  // Throws Error(kInvalidArgument) for a query that cannot be parsed or bad paging or dates.
  SearchResponse search(const SearchRequest& request) const;

  // The stored record of a bulletin, or nothing when the id is unknown.
  std::optional<Record> bulletin(const std::string& id) const;

  // The other shapes of `record`'s bulletin, in id order, at most `limit` (searches show them
  // as one result with their sources).
  std::vector<OtherShape> other_shapes(const Record& record, std::size_t limit = 20) const;

  // Bulletins most like `id` (its own shapes excluded); nothing when the id is unknown.
  std::optional<std::vector<SimilarBulletin>> similar(const std::string& id,
                                                      unsigned limit = 5) const;

  // All values of a facet over the whole index with their counts, those whose label (or the
  // full name the importer stored: an organization's) has a word starting with `prefix`
  // (accent- and case-insensitive) when it is not empty.
  std::vector<FacetCount> facet_values(FacetGroup group, const std::string& prefix) const;

  // The figures of the bulletins matching `request.query`, filtered by unit and range.
  std::vector<FigureHit> figures(const FigureRequest& request) const;

  Xapian::doccount document_count() const;
  IndexStatus index_status() const;

 private:
  class State;
  const Schema& schema_;
  SearchOptions options_;
  std::unique_ptr<DatabasePool> pool_;
  std::unique_ptr<State> state_;
};

// The search answer's JSON text, written directly (the hot path: building the nlohmann tree
// cost more than a cheap search); to_json() is the same document parsed.
std::string search_response_json(const SearchResponse& response);
nlohmann::json to_json(const SearchResponse& response);
nlohmann::json to_json(const std::vector<SimilarBulletin>& similar);
nlohmann::json to_json(const std::vector<FacetCount>& values);
nlohmann::json to_json(const std::vector<FigureHit>& figures);

}  // namespace hemeroteca
