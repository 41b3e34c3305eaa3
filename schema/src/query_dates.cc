#include "hemeroteca/schema/query_dates.h"

#include <algorithm>
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

// A point in time at day, month or year precision.
struct Period {
  int year = 0;
  int month = 0;  // 0: the whole year
  int day = 0;    // 0: the whole month (or year)
  std::string first() const { return iso(year, month ? month : 1, day ? day : 1); }
  std::string last() const {
    const int m = month ? month : 12;
    return iso(year, m, day ? day : days_in_month(year, m));
  }
  // The day before the period starts and the day after it ends.
  std::string day_before() const {
    int y = year, m = month ? month : 1, d = day ? day : 1;
    if (--d == 0) {
      if (--m == 0) {
        m = 12;
        --y;
      }
      d = days_in_month(y, m);
    }
    return iso(y, m, d);
  }
  std::string day_after() const {
    int y = year, m = month ? month : 12, d = day ? day : days_in_month(year, m);
    if (++d > days_in_month(y, m)) {
      d = 1;
      if (++m > 12) {
        m = 1;
        ++y;
      }
    }
    return iso(y, m, d);
  }
};

struct Word {
  std::string folded;
  std::size_t begin;
  std::size_t end;
  bool after_dash = false;   // a dash and nothing else since the word before: "2020-2024"
  bool after_comma = false;  // a comma: "2019, 2021 y 2023"
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

int day_number(std::string_view word) {
  int day = 0;
  const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), day);
  if (error != std::errc() || end != word.data() + word.size() || word.size() > 2) return 0;
  return day >= 1 && day <= 31 ? day : 0;
}

bool is_of(const std::vector<Word>& words, std::size_t i) {
  return i < words.size() && (words[i].folded == "de" || words[i].folded == "del");
}

// Reads "[[DÍA de] MES de|del] AÑO" at words[i], after an optional "el" ("en el 2020", "el 18
// de septiembre de 2020"); advances i past it.
std::optional<Period> read_period(const std::vector<Word>& words, std::size_t& i) {
  std::size_t k = i;
  if (k < words.size() && words[k].folded == "el") ++k;
  if (k >= words.size()) return std::nullopt;
  if (const int year = year_number(words[k].folded)) {
    i = k + 1;
    return Period{year, 0, 0};
  }
  int day = 0;
  if ((day = day_number(words[k].folded)) != 0) {
    if (!is_of(words, k + 1)) return std::nullopt;
    k += 2;
  }
  if (k >= words.size()) return std::nullopt;
  const int month = month_number(words[k].folded);
  if (!month || !is_of(words, k + 1) || k + 2 >= words.size()) return std::nullopt;
  const int year = year_number(words[k + 2].folded);
  if (!year || day > days_in_month(year, month)) return std::nullopt;
  i = k + 3;
  return Period{year, month, day};
}

// Reads "MES[, MES…] y MES de AÑO" at words[i], a list of months ("marzo y mayo de 2024",
// "diciembre de 2023 y enero de 2024"): each month written without its year takes the year of
// the next one written with it. Sets `end` past the list; nothing if there is no such list.
std::optional<DateRange> read_month_list(const std::vector<Word>& words, std::size_t i,
                                         std::size_t& end) {
  struct Item {
    int month;
    int year;  // 0 until a later item gives it
  };
  std::vector<Item> items;
  std::size_t k = i;
  bool last = false;  // the item after "y" ends the list
  while (k < words.size()) {
    if (!items.empty()) {
      if (k + 1 < words.size() && words[k].folded == "y") {
        ++k;
        last = true;
      } else if (!words[k].after_comma) {
        break;
      }
    }
    const int month = month_number(words[k].folded);
    if (!month) return std::nullopt;
    int year = 0;
    if (is_of(words, k + 1) && k + 2 < words.size()) year = year_number(words[k + 2].folded);
    items.push_back({month, year});
    k += year ? 3 : 1;
    if (last) break;
  }
  if (!last || items.back().year == 0) return std::nullopt;
  std::vector<Period> months;
  int year = 0;
  for (auto item = items.rbegin(); item != items.rend(); ++item) {
    if (item->year) year = item->year;
    months.push_back(Period{year, item->month, 0});
  }
  const auto order = [](const Period& a, const Period& b) {
    return std::pair{a.year, a.month} < std::pair{b.year, b.month};
  };
  const auto same = [](const Period& a, const Period& b) {
    return a.year == b.year && a.month == b.month;
  };
  std::sort(months.begin(), months.end(), order);
  months.erase(std::unique(months.begin(), months.end(), same), months.end());
  DateRange range{months.front().first(), months.back().last(), {}, {}};
  for (const Period& month : months) range.months.push_back(month.first().substr(0, 7));
  end = k;
  return range;
}

std::optional<DateRange> read_phrase(const std::vector<Word>& words, std::size_t start,
                                     std::size_t& end) {
  const std::string& lead = words[start].folded;
  std::size_t i = start + 1;
  if (lead == "en" || lead == "durante") {
    if (auto months = read_month_list(words, i, end)) return months;
    auto period = read_period(words, i);
    if (!period) return std::nullopt;
    // "durante 2020-2024": from the first year to the second.
    if (period->month == 0 && i < words.size() && words[i].after_dash) {
      if (const int to = year_number(words[i].folded); to >= period->year) {
        end = i + 1;
        return DateRange{period->first(), Period{to, 0, 0}.last(), {}};
      }
    }
    // "en 2020 y 2024", "en 2019, 2021 y 2023": those years, listed.
    if (period->month == 0 && period->day == 0) {
      std::vector<int> years{period->year};
      std::size_t k = i;
      while (k < words.size() && words[k].after_comma && year_number(words[k].folded)) {
        years.push_back(year_number(words[k++].folded));
      }
      if (k + 1 < words.size() && words[k].folded == "y" && year_number(words[k + 1].folded)) {
        years.push_back(year_number(words[k + 1].folded));
        std::sort(years.begin(), years.end());
        years.erase(std::unique(years.begin(), years.end()), years.end());
        DateRange range{Period{years.front(), 0, 0}.first(), Period{years.back(), 0, 0}.last(), {}};
        for (const int year : years) range.years.push_back(std::to_string(year));
        end = k + 2;
        return range;
      }
    }
    end = i;
    return DateRange{period->first(), period->last(), {}};
  }
  if (lead == "desde" || lead == "hasta") {
    auto period = read_period(words, i);
    if (!period) return std::nullopt;
    end = i;
    return lead == "desde" ? DateRange{period->first(), std::nullopt, {}}
                           : DateRange{std::nullopt, period->last(), {}};
  }
  if (lead == "a" && i + 1 < words.size() && words[i].folded == "partir" &&
      words[i + 1].folded == "de") {
    i += 2;
    auto period = read_period(words, i);
    if (!period) return std::nullopt;
    end = i;
    return DateRange{period->first(), std::nullopt, {}};
  }
  if ((lead == "antes" || lead == "despues") && is_of(words, i)) {
    ++i;
    auto period = read_period(words, i);
    if (!period) return std::nullopt;
    end = i;
    return lead == "antes" ? DateRange{std::nullopt, period->day_before(), {}}
                           : DateRange{period->day_after(), std::nullopt, {}};
  }
  if (lead == "entre") {
    auto from = read_period(words, i);
    // "entre marzo y mayo de 2024": the first month takes the second's year.
    std::optional<int> bare_month;
    if (!from && i + 1 < words.size() && month_number(words[i].folded) != 0 &&
        words[i + 1].folded == "y") {
      bare_month = month_number(words[i].folded);
      ++i;
    }
    if ((!from && !bare_month) || i >= words.size() || words[i].folded != "y") return std::nullopt;
    ++i;
    auto to = read_period(words, i);
    if (!to || (bare_month && to->month == 0)) return std::nullopt;
    if (bare_month) from = Period{to->year, *bare_month, 0};
    end = i;
    if (to->last() < from->first()) std::swap(from, to);
    return DateRange{from->first(), to->last(), {}};
  }
  if (lead == "el") {  // "el 18 de septiembre de 2020": that day
    std::size_t k = start;
    auto period = read_period(words, k);
    if (!period || period->day == 0) return std::nullopt;
    end = k;
    return DateRange{period->first(), period->last(), {}};
  }
  // "marzo de 2023" alone: that month (a year alone may be a plan's or a law's name); not the
  // end of a day that is none ("el 31 de febrero de 2020") or of another phrase's words.
  if (month_number(lead) != 0 && !is_of(words, start - 1)) {
    std::size_t k = start;
    auto period = read_period(words, k);
    if (!period) return std::nullopt;
    end = k;
    return DateRange{period->first(), period->last(), {}};
  }
  return std::nullopt;
}

// `kept` narrowed by another list of the same kind; an empty list is no list.
void keep_common(std::vector<std::string>& kept, const std::vector<std::string>& other) {
  if (other.empty()) return;
  if (kept.empty()) {
    kept = other;
    return;
  }
  std::erase_if(kept, [&](const std::string& value) {
    return std::find(other.begin(), other.end(), value) == other.end();
  });
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
    const std::size_t previous_end = words.empty() ? token.begin : words.back().end;
    std::string_view between = query.substr(previous_end, token.begin - previous_end);
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    const bool dash = between == "-" || between == "\u2013" || between == "\u2014";
    words.push_back({std::move(token.folded), token.begin, token.end, dash, between == ","});
  }
  std::optional<DatePhrase> found;
  std::string remainder;
  std::size_t copied = 0;
  for (std::size_t start = 0; start < words.size(); ++start) {
    std::size_t end = start;
    auto range = read_phrase(words, start, end);
    if (!range) continue;
    if (!found) found.emplace();
    // Several phrases narrow each other: "desde 2020 hasta 2021".
    if (range->from && (!found->range.from || *range->from > *found->range.from)) {
      found->range.from = range->from;
    }
    if (range->to && (!found->range.to || *range->to < *found->range.to)) {
      found->range.to = range->to;
    }
    // Two lists of years (or of months): the ones in both.
    keep_common(found->range.years, range->years);
    keep_common(found->range.months, range->months);
    const std::size_t from = words[start].begin;
    const std::size_t to = words[end - 1].end;
    if (!found->phrase.empty()) found->phrase += " ";
    found->phrase += std::string(query.substr(from, to - from));
    remainder += std::string(query.substr(copied, from - copied));
    copied = to;
    start = end - 1;
  }
  if (!found) return std::nullopt;
  remainder += std::string(query.substr(copied));
  // The spaces the phrases leave.
  std::string tidy;
  std::size_t at = 0;
  while (at < remainder.size()) {
    while (at < remainder.size() && remainder[at] == ' ') ++at;
    const std::size_t word_end = std::min(remainder.find(' ', at), remainder.size());
    if (at < word_end) {
      if (!tidy.empty()) tidy += ' ';
      tidy += remainder.substr(at, word_end - at);
    }
    at = word_end;
  }
  found->remainder = tidy;
  return found;
}

}  // namespace hemeroteca
