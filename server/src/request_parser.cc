#include "hemeroteca/server/request_parser.h"

#include <charconv>
#include <cmath>

#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/query_dates.h"

namespace hemeroteca {
namespace {

// Longer values are refused rather than parsed: no legitimate query needs them.
constexpr std::size_t kMaxValueBytes = 2000;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Well-formed UTF-8 (Unicode's table 3-7): no overlong forms, no UTF-16 surrogates, nothing
// above U+10FFFF, which other parts (ICU folding, JSON) would reject or misread.
bool valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = c >= 0xC2 && c <= 0xDF   ? 2
                               : c >= 0xE0 && c <= 0xEF ? 3
                               : c >= 0xF0 && c <= 0xF4 ? 4
                                                        : 0;
    if (length == 0 || i + length > text.size()) return false;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    const unsigned char low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) return false;
    for (std::size_t k = 2; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 2) return false;
    }
    i += length;
  }
  return true;
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out.push_back(' ');
    } else if (c == '%') {
      const int high = i + 2 < text.size() ? hex_value(text[i + 1]) : -1;
      const int low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
      if (high < 0 || low < 0) {
        throw Error(ErrorKind::kInvalidArgument,
                    "broken percent-encoding in the query string near \"" +
                        std::string(text.substr(i, 3)) + "\"");
      }
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  if (!valid_utf8(out)) {
    throw Error(ErrorKind::kInvalidArgument, "the query string is not valid UTF-8");
  }
  return out;
}

[[noreturn]] void unknown(const std::string& name, std::string_view known) {
  throw InvalidParameter(
      InvalidParameter::Problem::kUnknown, name, {},
      "unknown parameter \"" + name + "\"; this endpoint takes " + std::string(known));
}

bool parse_flag(std::string_view name, std::string_view text) {
  if (text == "true" || text == "1" || text == "si" || text == "sí") return true;
  if (text == "false" || text == "0" || text == "no" || text.empty()) return false;
  throw InvalidParameter(InvalidParameter::Problem::kMalformed, std::string(name),
                         std::string(text),
                         "parameter " + std::string(name) + " must be true or false, not \"" +
                             std::string(text) + "\"");
}

double parse_number(std::string_view name, std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    throw InvalidParameter(
        InvalidParameter::Problem::kMalformed, std::string(name), std::string(text),
        "parameter " + std::string(name) + " must be a number, not \"" + std::string(text) + "\"");
  }
  return value;
}

std::string parse_date(std::string_view name, const std::string& text) {
  if (!is_iso_date(text)) {
    throw InvalidParameter(
        InvalidParameter::Problem::kMalformed, std::string(name), text,
        "parameter " + std::string(name) + " must be a date YYYY-MM-DD, not \"" + text + "\"");
  }
  return text;
}

SortOrder parse_sort(const std::string& text) {
  for (SortOrder order : {SortOrder::kRelevance, SortOrder::kDateDesc, SortOrder::kDateAsc}) {
    if (text == to_string(order)) return order;
  }
  throw InvalidParameter(
      InvalidParameter::Problem::kMalformed, std::string(param::kSort), text,
      "parameter sort must be relevance, date_desc or date_asc, not \"" + text + "\"");
}

}  // namespace

QueryParameters parse_query_string(std::string_view raw) {
  QueryParameters parameters;
  while (!raw.empty()) {
    const std::size_t amp = raw.find('&');
    const std::string_view pair = raw.substr(0, amp);
    raw = amp == std::string_view::npos ? std::string_view{} : raw.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    std::string name = percent_decode(pair.substr(0, eq));
    std::string value =
        eq == std::string_view::npos ? std::string() : percent_decode(pair.substr(eq + 1));
    if (value.size() > kMaxValueBytes) {
      throw InvalidParameter(
          InvalidParameter::Problem::kTooLong, name, {},
          "parameter " + name + " is longer than " + std::to_string(kMaxValueBytes) + " bytes");
    }
    parameters.emplace_back(std::move(name), std::move(value));
  }
  return parameters;
}

unsigned parse_bounded(std::string_view name, std::string_view text, unsigned min, unsigned max) {
  unsigned value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    throw InvalidParameter(
        InvalidParameter::Problem::kOutOfRange, std::string(name), std::string(text),
        "parameter " + std::string(name) + " must be a whole number from " + std::to_string(min) +
            " to " + std::to_string(max) + ", not \"" + std::string(text) + "\"");
  }
  return value;
}

SearchRequest parse_search_request(const QueryParameters& parameters) {
  SearchRequest request;
  for (const auto& [name, value] : parameters) {
    if (name == param::kQuery) {
      request.query = value;
    } else if (name == param::kPage) {
      request.page = parse_bounded(param::kPage, value, 1, kMaxPage);
    } else if (name == param::kPerPage) {
      request.per_page = parse_bounded(param::kPerPage, value, 1, kMaxPerPage);
    } else if (name == param::kSort) {
      if (!value.empty()) request.sort = parse_sort(value);
    } else if (name == param::kDateFrom) {
      if (!value.empty()) request.date_from = parse_date(param::kDateFrom, value);
    } else if (name == param::kDateTo) {
      if (!value.empty()) request.date_to = parse_date(param::kDateTo, value);
    } else if (name == param::kOfficial) {
      request.officials.push_back(value);
    } else if (name == param::kOrganization) {
      request.organizations.push_back(value);
    } else if (name == param::kState) {
      request.states.push_back(value);
    } else if (name == param::kTopic) {
      request.topics.push_back(value);
    } else if (name == param::kYear) {
      request.years.push_back(value);
    } else if (name == param::kHasFigures) {
      request.has_figures = parse_flag(param::kHasFigures, value);
    } else if (name == param::kFacets) {
      request.facets = parse_flag(param::kFacets, value);
    } else {
      unknown(name,
              "q, page, per_page, sort, date_from, date_to, official, organization, state, "
              "topic, year, has_figures, facets");
    }
  }
  if (request.date_from && request.date_to && *request.date_from > *request.date_to) {
    throw InvalidParameter(
        InvalidParameter::Problem::kAfterEnd, std::string(param::kDateFrom), *request.date_from,
        "date_from " + *request.date_from + " is after date_to " + *request.date_to,
        *request.date_to);
  }
  return request;
}

FigureRequest parse_figure_request(const QueryParameters& parameters) {
  FigureRequest request;
  for (const auto& [name, value] : parameters) {
    if (name == param::kQuery) {
      request.query = value;
    } else if (name == param::kUnit) {
      request.unit = value;
    } else if (name == param::kMin) {
      request.min = parse_number(param::kMin, value);
    } else if (name == param::kMax) {
      request.max = parse_number(param::kMax, value);
    } else if (name == param::kLimit) {
      request.limit = parse_bounded(param::kLimit, value, 1, 500);
    } else {
      unknown(name, "q, unit, min, max, limit");
    }
  }
  return request;
}

std::string parse_prefix(const QueryParameters& parameters) {
  std::string prefix;
  for (const auto& [name, value] : parameters) {
    if (name == param::kPrefix) {
      prefix = value;
    } else {
      unknown(name, "prefix");
    }
  }
  return prefix;
}

}  // namespace hemeroteca
