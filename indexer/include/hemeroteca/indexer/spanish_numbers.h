// Spanish numbers: quantities written in digits, in words, or in a mix of both.
//
// The grammar read, case-insensitively and with or without accents:
//
//   quantity  := part [ scale [ "y medio" | "y media" ] [ part-with-mil ] ]...
//   scale     := "millón" | "millones" | "billón" | "billones", each smaller than the last
//   part      := small [ "mil" [ small ] ] | "mil" [ small ]
//                (after "mil" only amounts below a thousand: "mil 2020" is two numbers)
//   part-with-mil := a part that holds "mil" ("un millón 200 mil"; "5 millones 300" stops
//                after "millones")
//   small     := digits | words | "medio" (only right before "millón"/"millones")
//   digits    := 1-3 digits then groups of 3 after ',' or '\'' or '’' ("1,500", "1'500,000"),
//                or a plain run ("1773"), then an optional decimal part after '.' ("3.5",
//                "10.25"); "1.500.000" (two or more dotted groups of 3) is read as thousands, and
//                so is "32.000" (three zeros are no decimals).
//   words     := "cero".."veintinueve" | tens [ "y" unit ] | hundreds [ tens-or-unit ]
// Words are parted by spaces, but for "mil" or "millones" glued to the digits before them
// ("6mil 430 casillas").
//
// so "siete", "veintitrés", "treinta y cinco", "doscientos", "Mil", "un millón",
// "medio millón", "nueve mil 400 millones", "mil 700 millones", "65 mil millones",
// "1.5 millones" and "12 millones y medio" are all read. Mexican usage is the default: '.' is the
// decimal point and ',' separates thousands. A text that writes its numbers as most of the
// Spanish-speaking world does ("38.721,72 hectáreas", "80.000 familias") is read with
// DecimalMark::kComma, which decimal_mark_of() tells: groups of three after periods, decimals
// after a comma.
//
// What is not a number:
// - "un", "una", "uno" alone are articles or pronouns ("una videoconferencia", "uno de los"):
//   they count only right before "mil", "millón" or "millones". Inside a compound
//   ("treinta y un") they are numbers.
// - "ciento" alone ("por ciento"), "medio" alone ("medio ambiente"), "millones" without an
//   amount ("millones de personas") and "miles" (vague).
// - Digits glued to a letter: ordinals and codes ("1o.", "1º", "3er", "19a").
// - Ordinal words ("primera") are simply not in the vocabulary.
// The reader knows nothing of context: years, dates, times and codes ("2014", "18:10",
// "COVID-19") are read as numbers here and filtered by the callers (figures.h, dates.h).
//
// Thread-safety: pure functions of their arguments; safe to call from several threads.
// Errors: none; text that holds no number gives std::nullopt or an empty vector.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

struct SpanishNumber {
  double value = 0;
  std::size_t begin = 0;  // byte offset of the number's first byte in the text
  std::size_t end = 0;    // one past its last byte
  // True when it ends in a noun of scale ("millones", "medio millón", "12 millones y medio"):
  // what it counts then follows "de" ("65 mil millones de pesos").
  bool scale_noun = false;
};

// How a text marks the decimals of the numbers it writes in digits.
enum class DecimalMark {
  kPoint,  // Mexico's "1,500.75"
  kComma,  // Spain's, Argentina's, Colombia's, Chile's… "1.500,75"
};

// The mark `texts` (a bulletin's paragraphs) use: kComma when they write some number only that
// usage reads ("38.721,72", "65,4 millones", "9,4%", "7.500", "1.533.173") and none only
// Mexico's reads ("1,500", "1,500.75", "3.5 millones"); else kPoint. A lone "1.658" tells
// nothing: it is a decimal in Mexico and a thousand elsewhere; decimals do not end in "00".
DecimalMark decimal_mark_of(const std::vector<std::string>& texts);

// Reads the longest quantity that starts exactly at byte `at` of `text`. Returns nullopt when
// none starts there (including when `at` is inside a word or out of range). Leading spaces are
// not skipped.
std::optional<SpanishNumber> read_spanish_number(std::string_view text, std::size_t at,
                                                 DecimalMark mark = DecimalMark::kPoint);

// Every quantity in `text`, left to right, not overlapping. Numbers are looked for only at the
// start of words and digit runs ("COVID-19" gives 19, "641/2020" gives 641 and 2020).
std::vector<SpanishNumber> find_spanish_numbers(std::string_view text,
                                                DecimalMark mark = DecimalMark::kPoint);

}  // namespace hemeroteca
