// Exports of a search for newsrooms and feed readers: the result set as CSV (for spreadsheets)
// and JSON, and an Atom feed of the newest matching bulletins.
//
// An export takes the same parameters as the search page but ignores page and per_page: it
// holds the first kExportCap results in the requested order (the rest is cut, and the JSON
// says so). A feed holds the kFeedEntries newest results, whatever sort was asked.
//
// Links inside exports are absolute, built on `origin` ("http://host:port").
//
// Thread-safety: collect_export may be called from many threads; writers are pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/server/search_service.h"

namespace hemeroteca {

inline constexpr std::size_t kExportCap = 1000;
inline constexpr unsigned kFeedEntries = 50;

struct ExportSet {
  SearchRequest request;
  Xapian::doccount total = 0;   // every match, also those beyond the cap
  std::vector<SearchHit> hits;  // at most kExportCap
};

// Pages through the results of `request` (without facets or snippets) up to kExportCap.
ExportSet collect_export(const SearchService& service, SearchRequest request);

// RFC 4180 with a UTF-8 byte order mark (spreadsheets need it to read accents); cells that a
// spreadsheet would run as a formula (= + - @) are prefixed with an apostrophe.
std::string write_csv(const ExportSet& set, std::string_view origin);
std::string write_export_json(const ExportSet& set, std::string_view origin);

// The request a feed runs: newest first, kFeedEntries results, first page.
SearchRequest feed_request(SearchRequest request);
std::string write_atom(const SearchRequest& request, const SearchResponse& response,
                       std::string_view origin);

}  // namespace hemeroteca
