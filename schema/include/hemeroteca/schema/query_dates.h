// Spanish date phrases in a query box, turned into a date filter.
//
// A journalist types "abasto en marzo de 2023" or "Robledo entre 2019 y 2021"; the phrase
// becomes a date range and leaves the text query. Understood (accent- and case-insensitive),
// where FECHA is "[el] [[DÍA de] MES de|del] AÑO":
//   en|durante FECHA                    that day, month or whole year
//   en|durante AÑO-AÑO                  from the first year to the second
//   en|durante AÑO[, AÑO…] y AÑO        those years only ("en 2020 y 2024": not 2021 to 2023)
//   en|durante MES[, MES…] y MES de AÑO those months only ("en marzo y mayo de 2024"); each
//                                       month without its year takes the next one's
//   desde|a partir de FECHA             from its start
//   hasta FECHA                         to its end
//   antes de FECHA / después de FECHA   up to the day before / from the day after
//   entre FECHA y FECHA                 both ends included ("entre marzo y mayo de 2024" too)
//   el DÍA de MES de AÑO                that day
//   MES de AÑO                          that month (a year alone stays text: "Plan 2023")
// Years must be from 1900 to 2100, so "en 500 hospitales" stays text. Several phrases narrow
// each other: "desde 2020 hasta 2021" is 2020-01-01..2021-12-31.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

struct DateRange {
  std::optional<std::string> from;  // ISO YYYY-MM-DD, inclusive
  std::optional<std::string> to;    // ISO YYYY-MM-DD, inclusive
  std::vector<std::string> years;   // "2020", "2024": only these years, between from and to;
                                    // empty for any year in the range
  std::vector<std::string> months;  // "2024-03", "2024-05": only these months, likewise
};

struct DatePhrase {
  DateRange range;        // every phrase's range, intersected
  std::string phrase;     // the words as the user typed them: "en marzo de 2023"; several
                          // phrases are joined by a space ("desde 2020 hasta 2021")
  std::string remainder;  // the query without the phrases: "abasto"
};

// The date phrases in `query`, if any.
std::optional<DatePhrase> extract_date_phrase(std::string_view query);

// True for a valid ISO date "YYYY-MM-DD".
bool is_iso_date(std::string_view text);

}  // namespace hemeroteca
