// Dates: calendar dates written in Spanish text, bulletin datelines and dated file names.
//
// Shapes read, case-insensitively and with or without accents:
//   "viernes 18 de septiembre de 2020"     weekday (optional, may be followed by a comma)
//   "30 de mayo del 2024", "16 Julio 2014"  "de"/"del" optional on both sides of the month
//   "1o. de junio de 2021", "1º de junio", "1° de junio", "1er de junio"  ordinal first day
//   "5 de sept. de 2014", "5 sep 2014"     three- and four-letter month abbreviations
//   "30/05/2024", "30-05-2024", "30.05.2024"  day, month, year (Mexican order)
//   "2024-05-30"                           ISO
// A date needs its year (four digits, 1900..2100): "el 18 de junio" alone is not read. Dates
// that do not exist ("31 de febrero de 2020") are rejected. A time after the date
// ("16 Julio 2014 18:29") is not part of it.
//
// Thread-safety: pure functions of their arguments; safe to call from several threads.
// Errors: none; what cannot be read gives an empty vector or std::nullopt.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

struct DateMention {
  std::string iso;        // "YYYY-MM-DD"
  std::size_t begin = 0;  // byte offset of the mention (its weekday, when it has one)
  std::size_t end = 0;    // one past the year's last byte
  bool has_weekday = false;
};

// Every date in `text`, left to right, not overlapping.
std::vector<DateMention> find_dates(std::string_view text);

struct Dateline {
  std::string place;  // "Ciudad de México", "Xalapa, Ver.", "México, D.F."; may be empty
  std::string iso;    // "YYYY-MM-DD"
  // The story when the line goes on after the date ("La delegación inauguró…"); else empty.
  std::string story;
};

// Reads a bulletin's dateline: a short line that is a place and a date and nothing else
// ("Xalapa, Ver., a 16 de julio de 2014.", "Ciudad de México, viernes 18 de septiembre de
// 2020"), or a date and then a place ("18 de septiembre de 2020, Ciudad de México"), or just a
// date, a time of day perhaps before or after it ("10:00 hs. 6 de julio de 2022", "Lunes 21 de
// febrero, 2011. 03:33 pm"); a blog's "13/5/09" too, day first, on a line of its own. The place is
// separated from the date by a comma, a semicolon, a period or "a" ("México, D.F. a 5 de
// agosto de 2014", "Hermosillo, Sonora; 19 de septiembre de 2025"), or by nothing when the
// place is a town and its state ("Morelia, Michoacán 6 de abril 2019"; also after a date
// that opens the line, "26 de marzo, 2025 Morelia, Michoacán"); its words are capitalised,
// connectors ("de", "del", "la", "y"), place nouns ("municipio") or abbreviations. An
// agency's tag after the date is skipped ("15 de noviembre de 2018 (CONADE).-").
// An office's name before " | " ("Secretaría de Salud | 14 de abril de 2021", as government
// web pages print it) is not a place: the place is left empty.
// The press-release lead-in "Xalapa, Ver., 16 de julio de 2014.- El director…" is a dateline
// too: after ".-", a dash, or a period and a capital, the rest of the line is the story; so is
// a date, then the place's lead-in ("11 septiembre 2014 Ciudad de México.- El director…").
// The date may stand between parentheses ("GUADALAJARA, JALISCO (03/DIC/2016).- La…"), and a
// town alone before it ("Medellín 30 de junio de 2020") ends the line or opens the story with
// a lead-in's mark ("Palacio Legislativo 22-02-2012 (Notilegis).- La Comisión…").
// Anything else after the date, or a place that reads like a sentence ("El 18 de septiembre de
// 2020 se inauguró…"), gives std::nullopt.
std::optional<Dateline> parse_dateline(std::string_view line);

// A story that opens with its place and no date: "Ciudad de México.- La Secretaría de Marina
// informó…". The place is capitalised words before ".-" (or a period and a dash) within the
// first words, or a town and its state's abbreviation before a period ("Xalapa, Ver. La
// libertad…"); the story follows, starting with a capital (empty when the mark ends the line:
// "Cochabamba, junio 3 (UCOM/DPB). –", the story on the next). A day and month without a year
// after the place are left out of it ("Oaxaca, 7 de junio.- Debido…": the place is "Oaxaca").
// A news site's byline in the place's stead ("Redacción.- A través de…") opens the story with
// an empty place.
struct PlaceLeadIn {
  std::string place;
  std::string story;
  // The day and month the lead-in gave without a year ("Valencia, diciembre 28 (Prensa).-"),
  // which a page's date may complete; 0 when it gave none.
  int month = 0;
  int day = 0;
  // The full date "YYYY-MM-DD" when the lead-in wrote it in short ("Caracas, 12.01.17 (Prensa
  // MPPS).– Este jueves…"); else empty.
  std::string iso;
};
std::optional<PlaceLeadIn> parse_place_lead_in(std::string_view line);

// The day and month given without a year, as a date on or before the "YYYY-MM-DD" `iso` (a
// page's date, which a bulletin's never follows): "diciembre 28" under 2012-12-29 is 2012-12-28,
// under 2013-01-02 it is 2012-12-28. std::nullopt when no such day exists (30 February).
std::optional<std::string> day_in_year_of(std::string_view iso, int month, int day);

// A line that is a place alone, as some offices print it beside a dateline that has none
// ("8 DE JUNIO DE 2017" / "AGUASCALIENTES, AGS."; "Ciudad Universitaria." / "6 de julio de
// 2022"): the place, without a final period unless it ends an abbreviation. Short lines of
// capitalised words only, no digits, with a comma or a final period.
std::optional<std::string> parse_place_line(std::string_view line);

// Whether a line is a time of day alone: "19:00 h.", "10:00 hs.", "18:30 horas", "9:15", "8:13 am".
bool is_time(std::string_view line);

// The date a file name carries: "issste-2014-07-16-veracruz.html" (Y-M-D with '-', '_' or
// '.'), "18-09-2020-boletin.txt" (D-M-Y), "boletin_20200918.pdf" (eight digits that stand
// alone between separators), as ISO "YYYY-MM-DD". Directories in the name are ignored. Years
// outside 1990..2100, impossible dates and digits inside a longer letter-and-digit run (hex
// hashes such as "545f95529ab4eb61") give std::nullopt.
std::optional<std::string> date_from_filename(std::string_view file_name);

}  // namespace hemeroteca
