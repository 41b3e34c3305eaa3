// Request parsing: an HTTP query string to a typed request, validated once.
//
// Parameter names are the constants below and nothing else; a bad value throws
// Error(kInvalidArgument) naming the parameter and what it accepts.
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
}  // namespace param

using QueryParameters = std::vector<std::pair<std::string, std::string>>;

// Decodes a raw query string ("q=abasto&page=2"); throws Error(kInvalidArgument) on a broken
// percent-encoding.
QueryParameters parse_query_string(std::string_view raw);

SearchRequest parse_search_request(const QueryParameters& parameters);

// A whole number in [min, max]; throws Error(kInvalidArgument) naming `name` otherwise.
unsigned parse_bounded(std::string_view name, std::string_view text, unsigned min, unsigned max);

}  // namespace hemeroteca
