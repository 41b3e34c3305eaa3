// Links between the web pages: a SearchRequest written back as the query string that
// parse_search_request() reads (same parameter names as the API), so that every state of the
// search page — filters, sort, page — is a shareable URL, and edits of a request (add or remove
// a facet value, apply a date range) for chips, facet links and histogram bars.
//
// Every edit resets the page to 1: a changed result set starts from its first page.
// Query strings are form-encoded (space as '+'); path segments are percent-encoded.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hemeroteca/server/facet_index.h"
#include "hemeroteca/server/search_service.h"

namespace hemeroteca {

// The results shown per page when the URL does not say (parse_search_request's default).
inline constexpr unsigned kDefaultPerPage = 10;  // SearchRequest::per_page's default

// "q=abasto&official=zoe-robledo&page=2"; defaults are left out, so "" for a blank request.
std::string search_query_string(const SearchRequest& request);
// `path` followed by "?" and the query string when there is one: "/?q=abasto".
std::string search_href(const SearchRequest& request, std::string_view path = "/");

std::string form_encode(std::string_view text);     // "abasto de" -> "abasto+de"
std::string encode_segment(std::string_view text);  // "a b/c" -> "a%20b%2Fc"

std::string bulletin_href(std::string_view id);      // "/boletin/{id}"
std::string official_href(std::string_view id);      // "/funcionario/{id}"
std::string organization_href(std::string_view id);  // "/organizacion/{id}"

std::vector<std::string>& values_of(SearchRequest& request, FacetGroup group);
const std::vector<std::string>& values_of(const SearchRequest& request, FacetGroup group);

// `request` with `value` added to (or removed from) a facet; values compare by slug.
SearchRequest with_value(const SearchRequest& request, FacetGroup group, const std::string& value);
SearchRequest without_value(const SearchRequest& request, FacetGroup group,
                            const std::string& value);
// `request` restricted to a date range, its year values dropped (the range replaces them).
SearchRequest with_dates(const SearchRequest& request, std::optional<std::string> from,
                         std::optional<std::string> to);
// `request` on another page.
SearchRequest on_page(const SearchRequest& request, unsigned page);

}  // namespace hemeroteca
