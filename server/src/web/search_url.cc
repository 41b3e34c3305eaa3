#include "web/search_url.h"

#include <algorithm>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/query_dates.h"
#include "hemeroteca/server/request_parser.h"

namespace hemeroteca {
namespace {

constexpr std::string_view kHex = "0123456789ABCDEF";

bool unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == '~';
}

std::string percent_encode(std::string_view text, bool space_as_plus) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (unreserved(c)) {
      out += c;
    } else if (c == ' ' && space_as_plus) {
      out += '+';
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

void add(std::string& out, std::string_view name, std::string_view value) {
  if (!out.empty()) out += '&';
  out += name;
  out += '=';
  out += form_encode(value);
}

// `request` without its dates: a year or a range chosen on the page replaces the range the
// request had, and the date phrase of its query ("abasto en septiembre de 2020"), which would
// otherwise narrow the new choice to nothing.
void forget_dates(SearchRequest& request) {
  request.date_from.reset();
  request.date_to.reset();
  if (const auto phrase = extract_date_phrase(request.query)) request.query = phrase->remainder;
}

}  // namespace

std::string form_encode(std::string_view text) { return percent_encode(text, true); }
std::string encode_segment(std::string_view text) { return percent_encode(text, false); }

std::string bulletin_href(std::string_view id) { return "/boletin/" + encode_segment(id); }
std::string official_href(std::string_view id) { return "/funcionario/" + encode_segment(id); }
std::string organization_href(std::string_view id) { return "/organizacion/" + encode_segment(id); }

std::vector<std::string>& values_of(SearchRequest& request, FacetGroup group) {
  switch (group) {
    case FacetGroup::kOfficial:
      return request.officials;
    case FacetGroup::kOrganization:
      return request.organizations;
    case FacetGroup::kState:
      return request.states;
    case FacetGroup::kTopic:
      return request.topics;
    case FacetGroup::kYear:
      break;
  }
  return request.years;
}

const std::vector<std::string>& values_of(const SearchRequest& request, FacetGroup group) {
  return values_of(const_cast<SearchRequest&>(request), group);
}

std::string search_query_string(const SearchRequest& request) {
  std::string out;
  if (!request.query.empty()) add(out, param::kQuery, request.query);
  if (request.date_from) add(out, param::kDateFrom, *request.date_from);
  if (request.date_to) add(out, param::kDateTo, *request.date_to);
  for (std::size_t g = 0; g < kFacetGroups; ++g) {
    for (const std::string& value : values_of(request, static_cast<FacetGroup>(g))) {
      add(out, kFacetNames[g], value);
    }
  }
  if (request.has_figures) add(out, param::kHasFigures, "true");
  if (request.sort) add(out, param::kSort, to_string(*request.sort));
  if (request.per_page != kDefaultPerPage) {
    add(out, param::kPerPage, std::to_string(request.per_page));
  }
  if (request.page != 1) add(out, param::kPage, std::to_string(request.page));
  return out;
}

std::string search_href(const SearchRequest& request, std::string_view path) {
  const std::string query = search_query_string(request);
  return query.empty() ? std::string(path) : std::string(path) + "?" + query;
}

SearchRequest with_value(const SearchRequest& request, FacetGroup group, const std::string& value) {
  SearchRequest out = on_page(request, 1);
  if (group == FacetGroup::kYear) forget_dates(out);
  std::vector<std::string>& values = values_of(out, group);
  const std::string wanted = slug(value);
  const bool present = std::any_of(values.begin(), values.end(),
                                   [&](const std::string& v) { return slug(v) == wanted; });
  if (!present) values.push_back(value);
  return out;
}

SearchRequest without_value(const SearchRequest& request, FacetGroup group,
                            const std::string& value) {
  SearchRequest out = on_page(request, 1);
  std::vector<std::string>& values = values_of(out, group);
  const std::string unwanted = slug(value);
  std::erase_if(values, [&](const std::string& v) { return slug(v) == unwanted; });
  return out;
}

SearchRequest with_dates(const SearchRequest& request, std::optional<std::string> from,
                         std::optional<std::string> to) {
  SearchRequest out = on_page(request, 1);
  out.years.clear();
  forget_dates(out);
  out.date_from = std::move(from);
  out.date_to = std::move(to);
  return out;
}

SearchRequest on_page(const SearchRequest& request, unsigned page) {
  SearchRequest out = request;
  out.page = page;
  return out;
}

}  // namespace hemeroteca
