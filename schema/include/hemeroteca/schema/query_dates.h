// Spanish date phrases in a query box, turned into a date filter.
//
// A journalist types "abasto en marzo de 2023" or "Robledo entre 2019 y 2021"; the phrase
// becomes a date range and leaves the text query. Understood (accent- and case-insensitive):
//   en|durante [MES de|del] AÑO        the month or the whole year
//   desde|a partir de [MES de] AÑO      from the start of that month or year
//   hasta [MES de] AÑO                  to the end of that month or year
//   antes de AÑO / después de AÑO       up to the year before / from the year after
//   entre [MES de] AÑO y [MES de] AÑO   both ends included
// Years must be from 1900 to 2100, so "en 500 hospitales" stays text.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hemeroteca {

struct DateRange {
  std::optional<std::string> from;  // ISO YYYY-MM-DD, inclusive
  std::optional<std::string> to;    // ISO YYYY-MM-DD, inclusive
};

struct DatePhrase {
  DateRange range;
  std::string phrase;     // the words as the user typed them: "en marzo de 2023"
  std::string remainder;  // the query without the phrase: "abasto"
};

// The first date phrase in `query`, if any.
std::optional<DatePhrase> extract_date_phrase(std::string_view query);

// True for a valid ISO date "YYYY-MM-DD".
bool is_iso_date(std::string_view text);

}  // namespace hemeroteca
