// Request parsing: an HTTP query string to a typed request, validated once.
//
// Parameter names are the constants below and nothing else; a bad value or an unknown
// parameter throws InvalidParameter naming the parameter and what it accepts.
// Repeatable parameters (official, organization, state, topic, year) may be given many times.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hemeroteca/schema/error.h"
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

// What the parsers below throw for a parameter they cannot take: an Error(kInvalidArgument)
// whose message, in English, is the API's answer, and its parts, from which a page phrases it
// in its reader's language.
class InvalidParameter : public Error {
 public:
  enum class Problem {
    kUnknown,     // the endpoint takes no parameter of that name
    kMalformed,   // the value is not of the parameter's kind (a date, a number, a flag…)
    kOutOfRange,  // a whole number outside the parameter's bounds
    kTooLong,     // a value longer than any legitimate query needs
    kAfterEnd,    // date_from is later than date_to (the value), which `end` holds
  };
  InvalidParameter(Problem problem, std::string parameter, std::string value,
                   const std::string& message, std::string end = {})
      : Error(ErrorKind::kInvalidArgument, message),
        problem_(problem),
        parameter_(std::move(parameter)),
        value_(std::move(value)),
        end_(std::move(end)) {}
  [[nodiscard]] Problem problem() const noexcept { return problem_; }
  [[nodiscard]] const std::string& parameter() const noexcept { return parameter_; }
  [[nodiscard]] const std::string& value() const noexcept { return value_; }
  [[nodiscard]] const std::string& end() const noexcept { return end_; }

 private:
  Problem problem_;
  std::string parameter_;
  std::string value_;
  std::string end_;
};

// Decodes a raw query string ("q=abasto&page=2"); throws Error(kInvalidArgument) on a broken
// percent-encoding or a value that is not UTF-8.
QueryParameters parse_query_string(std::string_view raw);

SearchRequest parse_search_request(const QueryParameters& parameters);
FigureRequest parse_figure_request(const QueryParameters& parameters);
// The `prefix` parameter of the value lists (/officials, /organizations, /topics).
std::string parse_prefix(const QueryParameters& parameters);

// A whole number in [min, max]; throws InvalidParameter naming `name` otherwise.
unsigned parse_bounded(std::string_view name, std::string_view text, unsigned min, unsigned max);

}  // namespace hemeroteca
