#include "hemeroteca/schema/query_dates.h"

#include <array>
#include <charconv>
#include <vector>

#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
    "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string iso(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// A point in time at month or year precision.
struct Period {
  int year = 0;
  int month = 0;  // 0: the whole year
  std::string first() const { return iso(year, month ? month : 1, 1); }
  std::string last() const {
    const int m = month ? month : 12;
    return iso(year, m, days_in_month(year, m));
  }
};

struct Word {
  std::string folded;
  std::size_t begin;
  std::size_t end;
};

int month_number(std::string_view word) {
  if (word == "setiembre") return 9;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == word) return static_cast<int>(i) + 1;
  }
  return 0;
}

int year_number(std::string_view word) {
  int year = 0;
  const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), year);
  if (error != std::errc() || end != word.data() + word.size() || word.size() != 4) return 0;
  return year >= 1900 && year <= 2100 ? year : 0;
}

// Reads "[MES de|del] AÑO" at words[i]; advances i past it.
std::optional<Period> read_period(const std::vector<Word>& words, std::size_t& i) {
  if (i >= words.size()) return std::nullopt;
  if (const int year = year_number(words[i].folded)) {
    ++i;
    return Period{year, 0};
  }
  const int month = month_number(words[i].folded);
  if (!month || i + 2 >= words.size()) return std::nullopt;
  if (words[i + 1].folded != "de" && words[i + 1].folded != "del") return std::nullopt;
  const int year = year_number(words[i + 2].folded);
  if (!year) return std::nullopt;
  i += 3;
  return Period{year, month};
}

std::optional<DateRange> read_phrase(const std::vector<Word>& words, std::size_t start,
                                     std::size_t& end) {
  const std::string& lead = words[start].folded;
  std::size_t i = start + 1;
  if (lead == "en" || lead == "durante") {
    auto period = read_period(words, i);
    if (!period) return std::nullopt;
    end = i;
    return DateRange{period->first(), period->last()};
  }
  if (lead == "desde" || lead == "hasta") {
    auto period = read_period(words, i);
    if (!period) return std::nullopt;
    end = i;
    return lead == "desde" ? DateRange{period->first(), std::nullopt}
                           : DateRange{std::nullopt, period->last()};
  }
  if (lead == "a" && i + 1 < words.size() && words[i].folded == "partir" &&
      words[i + 1].folded == "de") {
    i += 2;
    auto period = read_period(words, i);
    if (!period) return std::nullopt;
    end = i;
    return DateRange{period->first(), std::nullopt};
  }
  if ((lead == "antes" || lead == "despues") && i < words.size() && words[i].folded == "de") {
    ++i;
    if (i >= words.size()) return std::nullopt;
    const int year = year_number(words[i].folded);
    if (!year) return std::nullopt;
    end = i + 1;
    return lead == "antes" ? DateRange{std::nullopt, iso(year - 1, 12, 31)}
                           : DateRange{iso(year + 1, 1, 1), std::nullopt};
  }
  if (lead == "entre") {
    auto from = read_period(words, i);
    if (!from || i >= words.size() || words[i].folded != "y") return std::nullopt;
    ++i;
    auto to = read_period(words, i);
    if (!to) return std::nullopt;
    end = i;
    if (to->last() < from->first()) std::swap(from, to);
    return DateRange{from->first(), to->last()};
  }
  return std::nullopt;
}

}  // namespace

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int year = 0, month = 0, day = 0;
  auto number = [&](std::size_t at, std::size_t length, int& out) {
    const auto [end, error] = std::from_chars(text.data() + at, text.data() + at + length, out);
    return error == std::errc() && end == text.data() + at + length;
  };
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return false;
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<DatePhrase> extract_date_phrase(std::string_view query) {
  Analyzer analyzer;
  std::vector<Word> words;
  for (Token& token : analyzer.tokenize(query)) {
    words.push_back({std::move(token.folded), token.begin, token.end});
  }
  for (std::size_t start = 0; start < words.size(); ++start) {
    std::size_t end = start;
    auto range = read_phrase(words, start, end);
    if (!range) continue;
    DatePhrase phrase;
    phrase.range = *range;
    const std::size_t from = words[start].begin;
    const std::size_t to = words[end - 1].end;
    phrase.phrase = std::string(query.substr(from, to - from));
    std::string remainder = std::string(query.substr(0, from)) + std::string(query.substr(to));
    const std::size_t first = remainder.find_first_not_of(' ');
    const std::size_t last = remainder.find_last_not_of(' ');
    phrase.remainder = first == std::string::npos ? "" : remainder.substr(first, last - first + 1);
    return phrase;
  }
  return std::nullopt;
}

}  // namespace hemeroteca
