// Request parsing: an HTTP query string to a typed request, validated once.
//
// Parameter names are the constants below and nothing else; a bad value or an unknown
// parameter throws Error(kInvalidArgument) naming the parameter and what it accepts.
// Repeatable parameters (official, organization, state, topic, year) may be given many times.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hemeroteca/server/search_service.h"

namespace hemeroteca {

namespace param {
inline constexpr std::string_view kQuery = "q";
inline constexpr std::string_view kPage = "page";
inline constexpr std::string_view kPerPage = "per_page";
inline constexpr std::string_view kSort = "sort";
inline constexpr std::string_view kDateFrom = "date_from";
inline constexpr std::string_view kDateTo = "date_to";
inline constexpr std::string_view kOfficial = "official";
inline constexpr std::string_view kOrganization = "organization";
inline constexpr std::string_view kState = "state";
inline constexpr std::string_view kTopic = "topic";
inline constexpr std::string_view kYear = "year";
inline constexpr std::string_view kHasFigures = "has_figures";
inline constexpr std::string_view kFacets = "facets";
inline constexpr std::string_view kPrefix = "prefix";
inline constexpr std::string_view kUnit = "unit";
inline constexpr std::string_view kMin = "min";
inline constexpr std::string_view kMax = "max";
inline constexpr std::string_view kLimit = "limit";
}  // namespace param

using QueryParameters = std::vector<std::pair<std::string, std::string>>;

// Decodes a raw query string ("q=abasto&page=2"); throws Error(kInvalidArgument) on a broken
// percent-encoding or a value that is not UTF-8.
QueryParameters parse_query_string(std::string_view raw);

SearchRequest parse_search_request(const QueryParameters& parameters);
FigureRequest parse_figure_request(const QueryParameters& parameters);
// The `prefix` parameter of the value lists (/officials, /organizations, /topics).
std::string parse_prefix(const QueryParameters& parameters);

// A whole number in [min, max]; throws Error(kInvalidArgument) naming `name` otherwise.
unsigned parse_bounded(std::string_view name, std::string_view text, unsigned min, unsigned max);

}  // namespace hemeroteca
