#include "hemeroteca/server/request_parser.h"

#include <charconv>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
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
  return out;
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
    parameters.emplace_back(std::move(name), std::move(value));
  }
  return parameters;
}

unsigned parse_bounded(std::string_view name, std::string_view text, unsigned min, unsigned max) {
  unsigned value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    throw Error(ErrorKind::kInvalidArgument,
                "parameter " + std::string(name) + " must be a whole number from " +
                    std::to_string(min) + " to " + std::to_string(max) + ", not \"" +
                    std::string(text) + "\"");
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
    }
  }
  return request;
}

}  // namespace hemeroteca
