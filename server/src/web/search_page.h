// The search page at "/": the form (query box with its help, dates, facet panels, sort), the
// active filters as removable chips, the count and time, the "did you mean" link, a histogram
// of the matches over time, the results and the pages. It is one GET form, so it works
// without JavaScript and every search is a URL; app.js only makes it faster.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "hemeroteca/schema/error.h"
#include "hemeroteca/server/search_service.h"

namespace hemeroteca {

struct SearchView {
  const SearchRequest& request;          // as parsed from the URL
  const SearchResponse& response;        // its answer
  std::optional<unsigned> year_in_view;  // the one calendar year the matches are limited to
  std::vector<FacetCount> months;        // that year's month counts
};

std::string render_search_page(const SearchView& view);

// The search page for a request that could not be run (a query the parser cannot read, a bad
// date): the form keeping what was typed and what went wrong, in Spanish when the error says
// which mistake it was (QueryError, InvalidParameter), else a general hint and the service's
// message as technical detail.
std::string render_search_error(const std::string& query, const Error& error);

}  // namespace hemeroteca
