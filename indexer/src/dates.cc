#include "hemeroteca/indexer/dates.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <string>
#include <utility>

#include "hemeroteca/indexer/text_util.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
constexpr int kMinFileYear = 1990;
// A place longer than this, in words, is a sentence rather than a dateline's place.
constexpr std::size_t kMaxPlaceWords = 8;
// A place standing on a line of its own beside a dateline is short: "AGUASCALIENTES, AGS.".
constexpr std::size_t kMaxPlaceLineBytes = 48;
constexpr std::size_t kMaxPlaceLineWords = 7;
// A town and its state before a date with nothing between: "Morelia, Michoacán de Ocampo".
constexpr std::size_t kMaxUnseparatedPlaceWords = 4;
// An agency's tag after a dateline's date, parentheses included: "(CONADE)".
constexpr std::size_t kMaxTagBytes = 48;  // "(Prensa Gobernación/José Gregorio Jaén)"

struct MonthName {
  std::string_view name;  // folded
  int month;
  bool abbreviation;
};

constexpr std::array<MonthName, 27> kMonths = {{
    {"enero", 1, false},      {"ene", 1, true},        {"febrero", 2, false},    {"feb", 2, true},
    {"marzo", 3, false},      {"mar", 3, true},        {"abril", 4, false},      {"abr", 4, true},
    {"mayo", 5, false},       {"may", 5, true},        {"junio", 6, false},      {"jun", 6, true},
    {"julio", 7, false},      {"jul", 7, true},        {"agosto", 8, false},     {"ago", 8, true},
    {"septiembre", 9, false}, {"setiembre", 9, false}, {"sep", 9, true},         {"sept", 9, true},
    {"octubre", 10, false},   {"oct", 10, true},       {"noviembre", 11, false}, {"nov", 11, true},
    {"diciembre", 12, false}, {"dic", 12, true},       {"set", 9, true},
}};

constexpr std::array<std::string_view, 7> kWeekdays = {"lunes",   "martes", "miercoles", "jueves",
                                                       "viernes", "sabado", "domingo"};

// Lower-case words that may sit between the capitalised words of a place name, and the nouns
// that place a town ("Nuevo Galeana, municipio de Cutzamala de Pinzón, Gro.").
constexpr std::array<std::string_view, 14> kPlaceConnectors = {
    "de",        "del",      "la",     "las",       "los",       "el",      "y",
    "municipio", "alcaldia", "estado", "localidad", "comunidad", "colonia", "delegacion"};

enum class Kind { kWord, kNumber, kMark };

struct Token {
  Kind kind = Kind::kMark;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view text;  // as written
  bool ascii = true;      // all ASCII: folding only lower-cases it
  std::string folded;     // the folded form of a word with other letters, else ""
  bool spaced = true;     // white space (or the start of the text) comes before it

  // Whether this word, folded, is `word` (lower-case, without accents). Most words are ASCII
  // and compare without a folded copy.
  bool folds_to(std::string_view word) const {
    if (!ascii) return folded == word;
    if (text.size() != word.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c) != word[i]) return false;
    }
    return true;
  }
};

UChar32 code_point_at(std::string_view text, std::size_t at, std::size_t* next) {
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  *next = static_cast<std::size_t>(i);
  return c;
}

bool is_space(UChar32 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }
bool is_ascii_digit(UChar32 c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// ASCII first: ICU gives the same answers, at the cost of a call per character.
bool is_letter(UChar32 c) { return c < 0x80 ? is_ascii_letter(c) : c > 0 && u_isalpha(c); }

Kind kind_of(UChar32 c) {
  if (is_ascii_digit(c)) return Kind::kNumber;
  return is_letter(c) ? Kind::kWord : Kind::kMark;
}

// Words (letter runs), numbers (digit runs) and single marks, with white space dropped.
std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 1);  // Spanish runs about five bytes a token
  bool spaced = true;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t next = 0;
    const UChar32 c = code_point_at(text, at, &next);
    if (is_space(c)) {
      spaced = true;
      at = next;
      continue;
    }
    Token token;
    token.kind = kind_of(c);
    token.begin = at;
    token.end = next;
    token.spaced = spaced;
    if (token.kind != Kind::kMark) {
      for (std::size_t peek = 0; token.end < text.size(); token.end = peek) {
        const char byte = text[token.end];
        if ((byte & 0x80) == 0) {
          if (kind_of(byte) != token.kind) break;
          peek = token.end + 1;
        } else if (kind_of(code_point_at(text, token.end, &peek)) != token.kind) {
          break;
        }
      }
    }
    token.text = text.substr(at, token.end - at);
    token.ascii = std::all_of(token.text.begin(), token.text.end(),
                              [](char byte) { return (byte & 0x80) == 0; });
    // Words are folded to compare them with month and weekday names.
    if (token.kind == Kind::kWord && !token.ascii) token.folded = Analyzer::fold(token.text);
    tokens.push_back(std::move(token));
    at = tokens.back().end;
    spaced = false;
  }
  return tokens;
}

int to_int(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

// "YYYY-MM-DD" when the date exists and the year is in range.
std::optional<std::string> iso_date(int year, int month, int day, int min_year) {
  if (year < min_year || year > kMaxYear || month < 1 || month > 12 || day < 1 ||
      day > days_in_month(year, month)) {
    return std::nullopt;
  }
  char buffer[40];  // room for any int, so the compiler can see nothing is cut
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

// Pattern matching over the tokens of one text.
class DateMatcher {
 public:
  explicit DateMatcher(std::string_view text) : tokens_(tokenize(text)) {}

  std::vector<DateMention> find_all() const {
    std::vector<DateMention> dates;
    for (std::size_t i = 0; i < tokens_.size();) {
      std::size_t last = i;
      auto date = match_spelled(i, &last);
      if (!date) date = match_numeric(i, &last);
      if (!date) {
        ++i;
        continue;
      }
      dates.push_back(std::move(*date));
      i = last + 1;
    }
    return dates;
  }

 private:
  bool is_word(std::size_t i, std::string_view folded) const {
    return i < tokens_.size() && tokens_[i].kind == Kind::kWord && tokens_[i].folds_to(folded);
  }
  bool is_mark(std::size_t i, std::string_view mark, bool glued) const {
    return i < tokens_.size() && tokens_[i].kind == Kind::kMark && tokens_[i].text == mark &&
           (!glued || !tokens_[i].spaced);
  }
  // A number token of `min`..`max` digits, glued to the previous token when `glued`.
  bool is_number(std::size_t i, std::size_t min, std::size_t max, bool glued) const {
    if (i >= tokens_.size() || tokens_[i].kind != Kind::kNumber) return false;
    const std::size_t size = tokens_[i].text.size();
    return size >= min && size <= max && (!glued || !tokens_[i].spaced);
  }

  // After the day: "o.", "º", "°", "er", "ro", "ero" glued to it ("Domingo 1ro de enero").
  std::size_t skip_ordinal(std::size_t j) const {
    if (j < tokens_.size() && !tokens_[j].spaced &&
        (is_word(j, "o") || is_word(j, "er") || is_word(j, "ro") || is_word(j, "ero") ||
         is_mark(j, "\u00B0", true))) {
      ++j;
      if (is_mark(j, ".", true)) ++j;
    }
    return j;
  }

  const MonthName* month_at(std::size_t j) const {
    if (j >= tokens_.size() || tokens_[j].kind != Kind::kWord) return nullptr;
    for (const MonthName& month : kMonths) {
      if (tokens_[j].folds_to(month.name)) return &month;
    }
    return nullptr;
  }

  // Past a weekday ("viernes", "Miércoles,") at j, if one stands there; not the name of Santo
  // Domingo.
  std::size_t skip_weekday(std::size_t j, bool* weekday) const {
    *weekday = false;
    for (std::string_view name : kWeekdays) *weekday = *weekday || is_word(j, name);
    if (*weekday && j > 0 && is_word(j - 1, "santo")) *weekday = false;
    if (!*weekday) return j;
    ++j;
    if (is_mark(j, ",", false)) ++j;
    return j;
  }

  // "[weekday[,]] D[o.] [de|,] Month[.] [de|del|,] YYYY", "D / Month / YYYY", "D-mon-YYYY", or
  // the month first as some offices write it: "[weekday[,]] Month[.] D[o.][,] [de|del] YYYY"
  // ("julio 07 de 2015") or "Month - D - YYYY".
  std::optional<DateMention> match_spelled(std::size_t i, std::size_t* last) const {
    bool weekday = false;
    std::size_t j = skip_weekday(i, &weekday);
    const MonthName* month = nullptr;
    int day = 0;
    if (is_number(j, 1, 2, false)) {
      day = to_int(tokens_[j].text);
      j = skip_ordinal(j + 1);
      // "05 / Enero / 2016", "19-jun-2016", "16·MAR·2020": the same mark on both sides of the
      // month.
      std::string_view mark;
      if (is_mark(j, "/", false) || is_mark(j, "-", false) || is_mark(j, "\u00B7", false)) {
        mark = tokens_[j++].text;
      }
      if (mark.empty() && (is_word(j, "de") || is_mark(j, ",", false))) ++j;  // "sábado 3, mayo"
      month = month_at(j++);
      if (month == nullptr) return std::nullopt;
      if (month->abbreviation && is_mark(j, ".", true)) ++j;
      if (!mark.empty()) {
        if (!is_mark(j, mark, false)) return std::nullopt;
        ++j;
      }
    } else {
      month = month_at(j++);
      if (month == nullptr) return std::nullopt;
      if (month->abbreviation && is_mark(j, ".", true)) ++j;
      // "noviembre - 6 - 2012", as a blog theme writes it: a dash on both sides of the day.
      const bool dashed = is_mark(j, "-", false);
      if (dashed) ++j;
      if (!is_number(j, 1, 2, false)) return std::nullopt;
      day = to_int(tokens_[j].text);
      j = skip_ordinal(j + 1);
      if (dashed) {
        if (!is_mark(j, "-", false)) return std::nullopt;
        ++j;
      }
    }
    if (is_word(j, "de") || is_word(j, "del") || is_mark(j, ",", false)) ++j;
    // "Diciembre 11 (2017)": the year between parentheses.
    const bool parenthesised =
        is_mark(j, "(", false) && is_number(j + 1, 4, 4, true) && is_mark(j + 2, ")", true);
    if (parenthesised) ++j;
    if (!is_number(j, 4, 4, false)) return std::nullopt;
    auto iso = iso_date(to_int(tokens_[j].text), month->month, day, kMinYear);
    if (!iso) return std::nullopt;
    if (parenthesised) ++j;
    *last = j;
    return DateMention{std::move(*iso), tokens_[i].begin, tokens_[j].end, weekday};
  }

  // "30/05/2024", "30-05-2024", "30.05.2024", "2024-05-30", all glued together, or "/" with
  // spaces around it ("21 / 01 / 2008", "2 /01/2020"), the day first; and "12/19/2022", month
  // first, as US sites print a repost's date, only where the day-first reading is impossible (no
  // month 19). A weekday may come first ("jueves 28/12/2023").
  std::optional<DateMention> match_numeric(std::size_t start, std::size_t* last) const {
    bool weekday = false;
    const std::size_t i = skip_weekday(start, &weekday);
    if (i + 4 >= tokens_.size()) return std::nullopt;
    const std::string_view separator = tokens_[i + 1].text;
    if (separator != "/" && separator != "-" && separator != ".") return std::nullopt;
    // "2 /01/2020", "2/ 01 /2020": spaced unevenly, as a careless hand types it.
    const bool spaced = separator == "/" && is_mark(i + 3, "/", false) &&
                        (tokens_[i + 1].spaced || tokens_[i + 2].spaced || tokens_[i + 3].spaced ||
                         tokens_[i + 4].spaced);
    if (spaced) {
      if (is_number(i, 1, 2, false) && is_number(i + 2, 1, 2, false) &&
          is_number(i + 4, 4, 4, false)) {
        auto iso = iso_date(to_int(tokens_[i + 4].text), to_int(tokens_[i + 2].text),
                            to_int(tokens_[i].text), kMinYear);
        if (!iso) return std::nullopt;
        *last = i + 4;
        return DateMention{std::move(*iso), tokens_[start].begin, tokens_[i + 4].end, weekday};
      }
      return std::nullopt;
    }
    if (!is_mark(i + 1, separator, true) || !is_mark(i + 3, separator, true)) return std::nullopt;
    std::optional<std::string> iso;
    if (is_number(i, 1, 2, false) && is_number(i + 2, 1, 2, true) && is_number(i + 4, 4, 4, true)) {
      const int first = to_int(tokens_[i].text);
      const int second = to_int(tokens_[i + 2].text);
      const int year = to_int(tokens_[i + 4].text);
      iso = second <= 12 ? iso_date(year, second, first, kMinYear)
                         : iso_date(year, first, second, kMinYear);
    } else if (separator == "-" && is_number(i, 4, 4, false) && is_number(i + 2, 2, 2, true) &&
               is_number(i + 4, 2, 2, true)) {
      iso = iso_date(to_int(tokens_[i].text), to_int(tokens_[i + 2].text),
                     to_int(tokens_[i + 4].text), kMinYear);
    }
    if (!iso) return std::nullopt;
    *last = i + 4;
    return DateMention{std::move(*iso), tokens_[start].begin, tokens_[i + 4].end, weekday};
  }

  std::vector<Token> tokens_;
};

bool starts_upper(std::string_view word) {
  std::size_t next = 0;
  return !word.empty() && u_isupper(code_point_at(word, 0, &next));
}

// Words that open a sentence's phrase, never a place's name ("En Oaxaca, Oax. Se inauguró").
constexpr std::array<std::string_view, 14> kPrepositions = {
    "en",   "por",  "desde", "durante", "para",  "con",   "sin",
    "ante", "tras", "segun", "hacia",   "hasta", "entre", "sobre"};

// Words that open an office's name, which signs a release where a town would date it
// ("Oficina Comunicaciones / Julio 31 de 2020", "11/11/2025.- Prensa Gobierno de la Provincia
// de Salta.-").
constexpr std::array<std::string_view, 12> kOfficeWords = {
    "oficina",      "coordinacion", "direccion",  "subdireccion",  "gerencia",  "jefatura",
    "comunicacion", "prensa",       "secretaria", "subsecretaria", "instituto", "comision"};

// Labels that put a date on a page or name what it dates ("Publicado", "Boletín", "Sesión"),
// never a place (folded).
constexpr std::array<std::string_view, 21> kLabels = {
    "publicado", "publicada",  "actualizado", "actualizada", "fecha",      "boletin", "comunicado",
    "emitido",   "hoy",        "nota",        "aviso",       "informe",    "sesion",  "conferencia",
    "version",   "entrevista", "edicion",     "ultima",      "modificado", "creado",  "calendario"};

bool is_office_word(std::string_view folded) {
  return std::find(kOfficeWords.begin(), kOfficeWords.end(), folded) != kOfficeWords.end();
}

bool is_office_name_start(std::string_view text) {
  text = trim_spaces(text);
  return is_office_word(Analyzer::fold(text.substr(0, text.find(' '))));
}

// A place name: a few capitalised words, connectors and abbreviations ("Xalapa, Ver.").
bool looks_like_place(std::string_view place) {
  const std::string first = Analyzer::fold(place.substr(0, place.find(' ')));
  if (std::find(kPrepositions.begin(), kPrepositions.end(), first) != kPrepositions.end() ||
      is_office_word(first)) {
    return false;
  }
  std::size_t words = 0;
  for (std::size_t at = 0; at < place.size();) {
    const std::size_t space = std::min(place.find(' ', at), place.size());
    std::string_view word = place.substr(at, space - at);
    at = space + 1;
    while (!word.empty() && word.back() == ',') word.remove_suffix(1);
    if (word.empty()) continue;
    ++words;
    const std::string folded = Analyzer::fold(word);
    bool connector = false;
    for (std::string_view known : kPlaceConnectors) connector = connector || folded == known;
    if (!starts_upper(word) && !connector && word.find('.') == std::string_view::npos) {
      return false;
    }
  }
  return words > 0 && words <= kMaxPlaceWords;
}

std::string_view trim_commas(std::string_view text) {
  text = trim_spaces(text);
  while (!text.empty() && text.back() == ',') text = trim_spaces(text.substr(0, text.size() - 1));
  while (!text.empty() && text.front() == ',') text = trim_spaces(text.substr(1));
  return text;
}

// `text` past the dashes that open it ("- El director…", "— La SEP…"), and whether there were.
std::string_view skip_dashes(std::string_view text, bool* skipped = nullptr) {
  bool any = false;
  for (bool more = true; more;) {
    more = false;
    // ".-" again after the lead-in's own: "Zacatecas, Zac.-.-Por unanimidad…"; an underscore
    // typed for the dash: "México 24 diciembre._ En relación…".
    for (std::string_view dash : {"-", "\u2013", "\u2014", ".-", ".\u2013", "_"}) {
      if (text.starts_with(dash)) {
        text = trim_spaces(text.substr(dash.size()));
        any = more = true;
      }
    }
  }
  if (skipped != nullptr) *skipped = any;
  return text;
}

// A place's text without the period that ends its line or parts it from a date; an
// abbreviation keeps its own ("Xalapa, Ver.", "AGUASCALIENTES, AGS.").
std::string_view without_final_period(std::string_view place) {
  if (!place.ends_with('.')) return place;
  // "MÉXICO, D.F..-": the abbreviation's period, then the lead-in's.
  if (place.ends_with("..")) return place.substr(0, place.size() - 1);
  // "Naucalpan, Estado de México, .-" (the date left out): a period standing alone.
  const std::string_view before = trim_spaces(place.substr(0, place.size() - 1));
  if (before.size() + 1 < place.size() || before.ends_with(',')) return before;
  const std::string_view word = last_word(place.substr(0, place.size() - 1));
  // Short words that end place names whole, not abbreviated: "Baja California Sur.", "La Paz.".
  static constexpr std::array<std::string_view, 6> kShortPlaceWords = {"Sur",  "Roo", "Paz",
                                                                       "Tula", "Oro", "Mar"};
  // Four letters ending in a vowel are a name ("Lima.-", "Cuba.", "Tula."): the states' short
  // forms of four end in a consonant ("Chis.", "Mich.", "Tlax."); so does "León".
  const auto vowel_ended = [](std::string_view name) {
    const std::string folded = Analyzer::fold(name);
    return folded.size() == 4 &&
           std::string_view("aeiou").find(folded.back()) != std::string_view::npos;
  };
  const bool whole_word =
      std::find(kShortPlaceWords.begin(), kShortPlaceWords.end(), word) != kShortPlaceWords.end() ||
      word == "León" || word == "LEÓN" || vowel_ended(word);
  if (!whole_word && (word.size() <= 4 || word.find('.') != std::string_view::npos)) return place;
  return place.substr(0, place.size() - 1);
}

// `before` without the spaced dash that ends it after a town and its state ("Chihuahua,
// Chihuahua –"); `before` itself otherwise.
std::string_view trim_dash_after_place(std::string_view before) {
  for (const std::string_view dash : {" \u2013", " \u2014", " -"}) {
    if (before.ends_with(dash)) {
      const std::string_view place = trim_spaces(before.substr(0, before.size() - dash.size()));
      return place.find(", ") != std::string_view::npos ? place : before;
    }
  }
  return before;
}

// The place before a date, without its separator; nullopt when no ", ", "; ", ". " or " a "
// separates them ("Publicado el 16 de julio"). A name before " | " is the issuing office, not
// a place ("Secretaría de Salud | 14 de abril de 2021"): the place is then empty; but a town
// with its state is a place there too ("Ixtaczoquitlán, Ver. | 15 abril 2025").
std::optional<std::string_view> place_before(std::string_view before) {
  before = trim_spaces(before);
  // "Ciudad de México, de 8 de agosto de 2016": a stray "de" typed before the day.
  if (before.ends_with(", de")) before.remove_suffix(3);
  if (before.empty() || is_time(before)) return before.substr(0, 0);  // "10:00 hs. 6 de julio"
  // "CHILPANCINGO. * 15 de junio de 2021.": a bullet or an asterisk after the separator.
  for (const std::string_view mark : {std::string_view(" *"), std::string_view(" \u2022")}) {
    if (before.ends_with(mark) && before.size() > mark.size()) {
      before = trim_spaces(before.substr(0, before.size() - mark.size()));
    }
  }
  if (before.back() == '|') {
    const std::string_view issuer = trim_spaces(before.substr(0, before.size() - 1));
    if (!issuer.empty() && !looks_like_place(issuer)) return std::nullopt;
    // A town and its state, abbreviated or whole: "Ixtaczoquitlán, Ver. | 15 abril 2025",
    // "Monterrey, Nuevo León | 26 enero de 2018".
    if (issuer.find(", ") != std::string_view::npos) return issuer;
    return before.substr(0, 0);
  }
  bool separated = false;
  if (before.back() == ',') {
    separated = true;
    before = without_final_period(trim_commas(before));  // "Morelia, Michoacán., 05 de…"
  } else if (before.back() == ';') {
    // "Tuxtla Gutiérrez, Chiapas; 30 de abril de 2025.-", as several states write it.
    separated = true;
    before = trim_commas(before.substr(0, before.size() - 1));
  } else if (before.back() == '/' && before.size() > 1 && before[before.size() - 2] != ' ') {
    // "CDMX/ 2 /01/2020": a slash glued to the place parts them; spaced, it parts a news
    // site's fields ("Xalapa / 2025-05-27").
    separated = true;
    before = trim_commas(before.substr(0, before.size() - 1));
  } else if (before.back() == '.') {
    // "Guanajuato, Guanajuato. 24 de julio": the period parts them.
    separated = true;
    before = without_final_period(before);
  } else if (before.ends_with(".-")) {
    // "México, D.F.- 30 de marzo de 2007.-": a period and a dash.
    separated = true;
    before = without_final_period(before.substr(0, before.size() - 1));
  } else if (const std::string_view dashed = trim_dash_after_place(before); dashed != before) {
    // "Chihuahua, Chihuahua – jueves 27 de marzo de 2025 – Esta mañana…": a spaced dash, after
    // a town and its state (a label alone, "Boletín – 27 de marzo", is no place).
    separated = true;
    before = dashed;
  }
  // "a 16 de julio", "MEXICALI, B. C., A 14 DE MARZO".
  if (before == "a" || before == "A" || before.ends_with(" a") || before.ends_with(",a") ||
      before.ends_with(" A") || before.ends_with(",A")) {
    separated = true;
    before = trim_commas(before.substr(0, before.size() - 1));
    if (before.empty()) return before;  // "a 16 de julio de 2014"
    // "Torreón, Coahuila de Zaragoza; a 28…", "León, Guanajuato. A 27…".
    if (before.back() == ';') before = trim_commas(before.substr(0, before.size() - 1));
    before = without_final_period(before);
  }
  if (!separated) return std::nullopt;
  // "Boletín. 16 de julio de 2014", "Boletín/ 16 de…": a label alone dates the text, no place.
  if (const std::string folded = Analyzer::fold(before);
      std::find(kLabels.begin(), kLabels.end(), folded) != kLabels.end()) {
    return before.substr(0, 0);
  }
  // "Agencia RTV Noticias (INAH), 23 de diciembre de 2018": a news agency's credit, no place.
  if (before.starts_with("Agencia ") || before.starts_with("AGENCIA ")) return before.substr(0, 0);
  // "En Hermosillo, Sonora; 1 de septiembre de 2025.-": a sentence's "En" before the town.
  if (before.starts_with("En ") || before.starts_with("EN ")) before.remove_prefix(3);
  if (!looks_like_place(before)) return std::nullopt;
  return before;
}

// A place right before a date with nothing between them, as some offices write it ("Morelia,
// Michoacán 6 de abril 2019.-"), or right after a date that opens the line ("26 de marzo,
// 2025 Morelia, Michoacán de Ocampo"): only a town and its state, which the comma shows.
std::optional<std::string_view> unseparated_place(std::string_view text) {
  text = trim_spaces(text);
  // "Conferencia de Prensa Matutina, Palacio Nacional 5 de marzo" is a title, not a town.
  // "Colima; Col 27 de Septiembre de 2012": a semicolon for the comma, as some states write it.
  const auto words = static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
  if (text.find_first_of(",;") == std::string_view::npos || words > kMaxUnseparatedPlaceWords ||
      !looks_like_place(text)) {
    return std::nullopt;
  }
  return text;
}

bool has_lower_case(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    if (u_islower(code_point_at(text, at, &at))) return true;
  }
  return false;
}

// A town alone before a date that ends its line, with nothing between them ("Medellín 30 de
// junio de 2020", as a Colombian government writes its dateline): a few capitalised words,
// the first of them not a label that puts a date on a page ("Publicado", "Actualizado") nor
// an event's name ("Sesión", "Conferencia").
std::optional<std::string_view> lone_town(std::string_view text) {
  static constexpr std::array<std::string_view, 5> kConnectors = {"de", "del", "la", "las", "los"};
  text = trim_spaces(text);
  if (text.empty() || text.find_first_of(",.;:|") != std::string_view::npos) return std::nullopt;
  const std::vector<std::string_view> words = words_of(text);
  const bool all_capitals = !has_lower_case(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string folded = Analyzer::fold(words[i]);
    const bool connector =
        i > 0 && std::find(kConnectors.begin(), kConnectors.end(), folded) != kConnectors.end();
    // "Informó el IMSS 30 de junio": a sentence's words, or an acronym among a town's.
    if (!connector && (!starts_upper(words[i]) || (!all_capitals && !has_lower_case(words[i])))) {
      return std::nullopt;
    }
  }
  const std::string first = Analyzer::fold(words.empty() ? text : words.front());
  // "El 29 de noviembre de 2011": a sentence's article or determiner alone, where a town that
  // opens with one goes on with its name ("La Paz", "El Salto", "Los Mochis").
  static constexpr std::array<std::string_view, 12> kDeterminers = {
      "el", "la", "los", "las", "un", "una", "este", "esta", "ese", "esa", "aquel", "al"};
  if (words.size() == 1 &&
      std::find(kDeterminers.begin(), kDeterminers.end(), first) != kDeterminers.end()) {
    return std::nullopt;
  }
  if (words.size() > kMaxUnseparatedPlaceWords ||
      std::find(kLabels.begin(), kLabels.end(), first) != kLabels.end() ||
      std::find(kPrepositions.begin(), kPrepositions.end(), first) != kPrepositions.end() ||
      is_office_word(first)) {
    return std::nullopt;
  }
  return text;
}

// Whether `text` ends with a word of capitals only, an acronym ("CDMX", "SLP").
bool ends_in_acronym(std::string_view text) {
  const std::string_view word = last_word(text);
  return word.size() >= 2 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Whether the word before the period at `period` is written as a state's abbreviation is:
// a capital and two to three lower-case letters ("Ver.", "Gro.", "Chis."), or letters parted
// by periods ("D.F.", "B.C."); not a title ("Dr.", "Lic.") nor an acronym ("SAT.").
// A person's title as its abbreviation writes it, before the period: "Dr", "Lic".
bool is_title_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 8> kTitles = {"Dr",   "Dra",  "Lic", "Ing",
                                                              "Mtro", "Mtra", "Sr",  "Sra"};
  return std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end();
}

bool ends_with_abbreviation(std::string_view text, std::size_t period) {
  const std::string_view word = last_word(text.substr(0, period));
  if (word.find('.') != std::string_view::npos) {
    return std::all_of(word.begin(), word.end(),
                       [](char c) { return c == '.' || (c >= 'A' && c <= 'Z'); });
  }
  const bool lower_rest = std::all_of(word.begin() + std::min<std::size_t>(1, word.size()),
                                      word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return word.size() >= 3 && word.size() <= 4 && word[0] >= 'A' && word[0] <= 'Z' && lower_rest &&
         !is_title_abbreviation(word);
}

// Whether some run of ASCII digits, as tokenize() reads number tokens, is four digits long.
bool has_four_digit_run(std::string_view text) {
  std::size_t run = 0;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      ++run;
    } else if (std::exchange(run, 0) == 4) {
      return true;
    }
  }
  return run == 4;
}

}  // namespace

std::vector<DateMention> find_dates(std::string_view text) {
  // Every pattern holds a year, a number token of four digits: most text has none and needs
  // no tokens.
  if (!has_four_digit_run(text)) return {};
  return DateMatcher(text).find_all();
}

namespace {

// A blog's date line with a two-digit year, day first as Spanish writes it: "13/5/09",
// "6/8/09". Only a line of its own: in running text such numbers are too often something else.
// Years 70..99 are the 1900s, the others the 2000s.
std::optional<std::string> short_numeric_date(std::string_view line, char separator = '/') {
  constexpr int kFirstCenturyYear = 70;
  int parts[3] = {0, 0, 0};
  std::size_t digits[3] = {0, 0, 0};
  std::size_t part = 0;
  constexpr std::size_t kMaxDigits = 2;  // in each part: "13/5/09"
  for (const char c : line) {
    if (c >= '0' && c <= '9') {
      if (++digits[part] > kMaxDigits) return std::nullopt;
      parts[part] = parts[part] * 10 + (c - '0');
    } else if (c == separator && part < 2 && digits[part] > 0) {
      ++part;
    } else {
      return std::nullopt;
    }
  }
  if (part != 2 || digits[2] != kMaxDigits) return std::nullopt;
  const int year = parts[2] + (parts[2] >= kFirstCenturyYear ? 1900 : 2000);
  return iso_date(year, parts[1], parts[0], kMinYear);
}

// A printed paper's page after its date: ", p. 31", "p. 4". Nothing else may follow.
bool is_page_reference(std::string_view rest) {
  constexpr std::size_t kMaxPageDigits = 3;
  while (rest.starts_with(',')) rest = trim_spaces(rest.substr(1));
  if (!rest.starts_with("p.")) return false;
  rest = trim_spaces(rest.substr(2));
  return !rest.empty() && rest.size() <= kMaxPageDigits &&
         std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

// "León, Gto. jueves 10 de diciembre [10/12/2020]": a dateline's day and month without their
// year, which the full date between brackets after them gives.
std::optional<Dateline> dateline_of_bracketed_date(std::string_view line,
                                                   const std::vector<DateMention>& dates) {
  if (dates.size() != 1 || !(line.ends_with(']') || line.ends_with(')'))) return std::nullopt;
  const std::string_view before = trim_spaces(line.substr(0, dates.front().begin));
  if (before.empty() || before.back() != (line.back() == ']' ? '[' : '(') ||
      dates.front().end + 1 != line.size()) {
    return std::nullopt;
  }
  const std::string_view year = std::string_view(dates.front().iso).substr(0, 4);
  auto dateline = parse_dateline(std::string(trim_spaces(before.substr(0, before.size() - 1))) +
                                 " de " + std::string(year));
  if (!dateline || dateline->iso != dates.front().iso || !dateline->story.empty()) {
    return std::nullopt;
  }
  return dateline;
}

std::optional<Dateline> parse_dateline(std::string_view line) {
  line = trim_spaces(line);
  // "/ jueves 20 de diciembre de 2018": the slash after a byline the copy left out.
  if (line.starts_with("/ ") || line.starts_with("| ")) line = trim_spaces(line.substr(1));
  // "(Lima, 25 de setiembre de 2025). – Comprometidos con…": the dateline between parentheses.
  if (line.starts_with('(')) {
    const std::size_t close = line.find(')');
    if (close == std::string_view::npos || close > kMaxPlaceLineBytes + kMaxTagBytes) {
      return std::nullopt;
    }
    auto inner = parse_dateline(std::string(line.substr(1, close - 1)) +
                                std::string(line.substr(close + 1)));
    if (inner && !inner->place.empty()) return inner;
    return std::nullopt;
  }
  if (auto iso = short_numeric_date(line)) return Dateline{{}, std::move(*iso), {}};
  const std::vector<DateMention> dates = find_dates(line);
  if (dates.empty()) return std::nullopt;
  if (auto bracketed = dateline_of_bracketed_date(line, dates)) return bracketed;
  const DateMention& date = dates.front();
  // "GUADALAJARA, JALISCO (03/DIC/2016).- La delegación…": the date between parentheses.
  std::string_view before = line.substr(0, date.begin);
  std::size_t date_end = date.end;
  if (const std::string_view open = trim_spaces(before);
      open.ends_with('(') && line.substr(date.end).starts_with(')')) {
    before = open.substr(0, open.size() - 1);
    ++date_end;
  }
  auto place = place_before(before);
  const bool unseparated = !place;
  if (unseparated) place = unseparated_place(before);
  std::string_view rest = trim_spaces(line.substr(date_end));
  // An agency's or office's tag: "15 de noviembre de 2018 (CONADE).- El titular…".
  if (rest.starts_with('(')) {
    const std::size_t close = rest.find(')');
    if (close != std::string_view::npos && close <= kMaxTagBytes) {
      rest = trim_spaces(rest.substr(close + 1));
    }
  }
  // "05/11/2021/ Xalapa, Ver.- Este viernes…": the date opens the line, a slash, then the
  // place's lead-in and the story.
  if (trim_spaces(before).empty() && rest.starts_with('/')) {
    if (auto lead_in = parse_place_lead_in(trim_spaces(rest.substr(1)));
        lead_in && !lead_in->place.empty() && lead_in->month == 0 && !lead_in->story.empty()) {
      return Dateline{std::move(lead_in->place), date.iso, std::move(lead_in->story)};
    }
  }
  // "Abr 10, 2021 , ,": a theme's empty fields after the date end the line.
  if (rest.find_first_not_of(" ,") == std::string_view::npos) rest = {};
  // "Miércoles 23 de mayo de 2012, p. 31": the page of the printed paper ends it.
  if (is_page_reference(rest)) rest = {};
  // "Lunes 21 de febrero, 2011. 03:33 pm": the hour a page posted it ends the line too.
  if (std::string_view time = rest; !time.empty()) {
    while (time.starts_with('.')) time = trim_spaces(time.substr(1));
    if (is_time(time)) rest = {};
  }
  if (!place) {
    // A town alone where the date ends the line, or opens the story after its lead-in's mark
    // ("Palacio Legislativo 22-02-2012 (Notilegis).- La Comisión…").
    std::string_view after = rest;
    while (!after.empty() && after.front() == '.') after = trim_spaces(after.substr(1));
    bool dash = false;
    skip_dashes(after, &dash);
    // "CDMX 1 de diciembre 2020. La lista…": a town in capitals, a period, then the story.
    const bool capitals_before_story =
        rest.starts_with('.') && !has_lower_case(before) && !after.empty() && starts_upper(after);
    if (after.empty() || (dash && rest.starts_with('.')) || capitals_before_story) {
      place = lone_town(before);
    }
    // "Oficina Comunicaciones / Julio 31 de 2020": the office that signs the release dates it
    // and gives no place.
    if (!place && after.empty() && is_office_name_start(before)) place = before.substr(0, 0);
  }
  if (!place) return std::nullopt;
  Dateline dateline{std::string(*place), date.iso, {}};
  bool period = false;
  while (!rest.empty() && rest.front() == '.') {
    rest = trim_spaces(rest.substr(1));
    period = true;
  }
  if (rest.empty()) return dateline;
  // "Morelia, Michoacán a 15 de septiembre de 2021.,- El Instituto…": a comma typed before the
  // dash too.
  if (rest.front() == ',') {
    bool dashed = false;
    skip_dashes(trim_spaces(rest.substr(1)), &dashed);
    if (dashed) rest = trim_spaces(rest.substr(1));
  }
  // "Zapopan, Jalisco a 27 de febrero de 2021: La Comisión Nacional Forestal informa…"
  bool colon = false;
  // ":::", as a site sets it between dateline and story: "México, 12 de junio 2025 ::: El…".
  while (!period && !rest.empty() && rest.front() == ':') {
    rest = trim_spaces(rest.substr(1));
    colon = true;
  }
  // "Xalapa, Ver., 16 de julio de 2014.- El director…"
  bool dash = false;
  rest = skip_dashes(rest, &dash);
  if (rest.empty()) return dateline;  // "6 Julio 2018:", "… de 2021.-": nothing after the mark
  // "Ciudad de México, 3 de mayo de 2021. La Secretaría informó…"
  if (dash || ((period || colon) && starts_upper(rest))) {
    // "20.12.2025.-Ciudad de México.– La Comisión…": the place's lead-in after the date's mark.
    if (auto lead_in = place->empty() && dash ? parse_place_lead_in(rest) : std::nullopt;
        lead_in && !lead_in->place.empty() && lead_in->month == 0 && !lead_in->story.empty()) {
      dateline.place = std::move(lead_in->place);
      dateline.story = std::move(lead_in->story);
      return dateline;
    }
    dateline.story = std::string(rest);
    return dateline;
  }
  // "Monterrey, Nuevo León, México, 25 de noviembre 2019, El subdirector…": a comma typed for
  // the dash, before a word that opens a sentence, never a place's.
  if (!period && !colon && !place->empty() && rest.front() == ',') {
    static constexpr std::string_view kOpeners[] = {"El",   "La",   "Los",  "Las",  "En",
                                                    "Con",  "Al",   "Este", "Esta", "Durante",
                                                    "Ante", "Tras", "Como", "Un",   "Una"};
    const std::string_view story = trim_spaces(rest.substr(1));
    const std::string_view first = story.substr(0, story.find(' '));
    if (first.size() < story.size() &&
        std::find(std::begin(kOpeners), std::end(kOpeners), first) != std::end(kOpeners)) {
      dateline.story = std::string(story);
      return dateline;
    }
  }
  // "18 de septiembre de 2020, Ciudad de México.", "26 de marzo, 2025 Morelia, Michoacán";
  // "11 septiembre 2014 Ciudad de México.- El director…", the place's lead-in after the date.
  if (unseparated || !place->empty()) return std::nullopt;
  // "3 enero, 2024Chilpancingo , Gro.,3 de enero del 2024.- La secretaria…": the page's date
  // glued before the bulletin's own dateline, which wins.
  if (auto inner = parse_dateline(rest); inner && !inner->place.empty()) return inner;
  const bool comma = rest.front() == ',';
  // "Abr 10, 2021 , , Oaxaca de Juárez, Oax.- Los Servicios…": a theme's empty fields between
  // (two commas at least; after one, a place follows the date).
  std::string_view lead = rest;
  std::size_t commas = 0;
  while (!lead.empty() && (lead.front() == ',' || lead.front() == ' ')) {
    commas += lead.front() == ',' ? 1 : 0;
    lead.remove_prefix(1);
  }
  if (auto lead_in = commas == 1 ? std::nullopt : parse_place_lead_in(lead)) {
    dateline.place = std::move(lead_in->place);
    dateline.story = std::move(lead_in->story);
    return dateline;
  }
  // "01 Junio 2014/ Tlaxcala, Tlax. ( Redaccion)": a slash before the place, and the desk's tag
  // after it.
  const bool slash = rest.front() == '/';
  if (slash) {
    rest = trim_spaces(rest.substr(1));
    if (const std::size_t open = rest.rfind(" (");
        open != std::string_view::npos && rest.ends_with(')')) {
      rest = trim_spaces(rest.substr(0, open));
    }
  }
  // "8 DE JUNIO DE 2017 AGUASCALIENTES, AGS.": an abbreviation keeps its period.
  while (rest.ends_with("..")) rest.remove_suffix(1);
  rest = trim_commas(without_final_period(trim_spaces(rest)));
  if (comma || slash ? !looks_like_place(rest) : !unseparated_place(rest)) return std::nullopt;
  dateline.place = std::string(rest);
  return dateline;
}

namespace {

// A place and the day and month that a wire's lead-in writes after it without the year
// ("Oaxaca, 7 de junio", "MÉXICO, D.F., noviembre 24", "San José, Jueves 29 de Octubre",
// "Bogotá, 7 ago"): the place, and the day and month when they were there (0 when not). A
// month and year without the day leave the place too ("Xalapa, Veracruz, mayo de 2025").
struct PlaceAndDay {
  std::string_view place;
  int month = 0;
  int day = 0;
  std::string iso;  // a full date written short ("Caracas, 12.01.17"), else empty
};

// `after_abbreviation`: the day follows the state's abbreviation and its period, which the
// place keeps ("Tuxtla Gutiérrez, Chis. 6 Nov.-").
PlaceAndDay read_yearless_date(std::string_view place, bool after_abbreviation) {
  // "Frontera Comalapa, Chiapas; a 5 de junio": a semicolon for the comma, and "a" before the
  // day.
  std::size_t comma = place.rfind(", ");
  if (const std::size_t semicolon = place.rfind("; ");
      semicolon != std::string_view::npos &&
      (comma == std::string_view::npos || semicolon > comma)) {
    comma = semicolon;
  }
  std::size_t separator_bytes = 2;
  std::size_t place_end = comma;  // where the place ends, before the separator
  if (after_abbreviation) {
    const std::size_t period = place.rfind(". ");
    if (period == std::string_view::npos || comma == std::string_view::npos || period < comma ||
        period + 2 >= place.size() || place[period + 2] < '0' || place[period + 2] > '9') {
      return {place, 0, 0, {}};
    }
    comma = period;
    place_end = period + 1;
  }
  // "México 24 diciembre._ En relación…": the day after the town with no comma between.
  if (const std::size_t digit = place.find_first_of("0123456789");
      comma == std::string_view::npos && digit != std::string_view::npos && digit > 1 &&
      place[digit - 1] == ' ') {
    comma = digit - 1;
    place_end = comma;
    separator_bytes = 1;
  }
  if (comma == std::string_view::npos) return {place, 0, 0, {}};
  std::string_view date = place.substr(comma + separator_bytes);
  if (date.ends_with('.')) date.remove_suffix(1);  // "noviembre 24.-"
  std::vector<std::string_view> words = words_of(date);
  if (!words.empty() && (words.front() == "a" || words.front() == "A")) words.erase(words.begin());
  // "Caracas, 12.01.17 (Cortesía Prensa MPPS).–": the day, month and year in short.
  if (words.size() == 1) {
    if (auto iso = short_numeric_date(words.front(), '.')) {
      return {trim_commas(place.substr(0, place_end)), 0, 0, std::move(*iso)};
    }
  }
  // "Jueves 29 de Octubre": the weekday before the day.
  if (!words.empty()) {
    std::string weekday = Analyzer::fold(words.front());
    if (weekday.ends_with(',')) weekday.pop_back();
    if (std::find(kWeekdays.begin(), kWeekdays.end(), weekday) != kWeekdays.end()) {
      words.erase(words.begin());
    }
  }
  const auto day_of = [](std::string_view word) {
    const bool digits =
        !word.empty() && word.size() <= 2 &&
        std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digits ? to_int(word) : 0;
  };
  const auto month_of = [](std::string_view word) {
    if (word.ends_with('.')) word.remove_suffix(1);
    const std::string folded = Analyzer::fold(word);
    for (const MonthName& month : kMonths) {
      if (month.name == folded) return month.month;
    }
    return 0;
  };
  // "Xalapa, Veracruz, mayo de 2025.- El Consejo…": a month and its year, no day to give.
  const auto year_of = [](std::string_view word) {
    const bool digits = word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) {
                          return c >= '0' && c <= '9';
                        });
    return digits ? to_int(word) : 0;
  };
  const std::size_t year_at = words.size() == 3 && (words[1] == "de" || words[1] == "del") ? 2 : 1;
  if (words.size() == year_at + 1 && month_of(words[0]) > 0 &&
      year_of(words[year_at]) >= kMinYear && year_of(words[year_at]) <= kMaxYear) {
    return {trim_commas(place.substr(0, place_end)), 0, 0, {}};
  }
  PlaceAndDay found{place, 0, 0, {}};
  if (words.size() == 3 && words[1] == "de") {
    found.day = day_of(words[0]);
    found.month = month_of(words[2]);
  } else if (words.size() == 2) {
    found.day = day_of(words[0]);
    found.month = month_of(words[1]);
    if (found.day == 0 || found.month == 0) {
      found.day = day_of(words[1]);
      found.month = month_of(words[0]);
    }
  }
  if (found.day < 1 || found.day > 31 || found.month == 0) return {place, 0, 0, {}};
  found.place = trim_commas(place.substr(0, place_end));
  return found;
}

PlaceAndDay without_yearless_date(std::string_view place) {
  PlaceAndDay found = read_yearless_date(place, /*after_abbreviation=*/false);
  if (found.place.size() == place.size() && found.month == 0 && found.iso.empty()) {
    if (PlaceAndDay again = read_yearless_date(place, /*after_abbreviation=*/true);
        again.month != 0) {
      return again;
    }
  }
  return found;
}

// `place` without the agency's or outlet's tag after it: "Ciudad de México, 11 de febrero
// (SinEmbargo)", or one word after a slash glued to the date: "México, 16 de marzo/Notimex".
std::string_view without_agency_tag(std::string_view place) {
  place = trim_spaces(place);
  if (place.ends_with(").")) place.remove_suffix(1);  // the lead-in's period after the tag
  if (const std::size_t slash = place.rfind('/');
      slash != std::string_view::npos && slash > 0 && place.size() - slash <= kMaxTagBytes &&
      starts_upper(place.substr(slash + 1)) &&
      place.find_first_of(" 0123456789", slash) == std::string_view::npos &&
      without_yearless_date(place.substr(0, slash)).month != 0) {
    return trim_spaces(place.substr(0, slash));
  }
  const std::size_t open = place.rfind(" (");
  if (!place.ends_with(')') || open == std::string_view::npos ||
      place.size() - open > kMaxTagBytes) {
    return place;
  }
  return trim_spaces(place.substr(0, open));
}

}  // namespace

std::optional<PlaceLeadIn> parse_place_lead_in(std::string_view line) {
  line = trim_spaces(line);
  const auto lead_in = [&](std::size_t period, std::size_t story_at) -> std::optional<PlaceLeadIn> {
    // "CIUDAD DE PUEBLA, Pue.-": the period ends the abbreviation too; after an acronym in
    // capitals ("CDMX.-", "SLP.-") it is only the lead-in's, unless the whole place is in
    // capitals, its state's abbreviation too ("MONCLOVA, COAH.-").
    const PlaceAndDay dated = without_yearless_date(
        trim_commas(without_agency_tag(without_final_period(line.substr(0, period + 1)))));
    std::string_view place = trim_commas(dated.place);
    if (place.ends_with('.') && ends_in_acronym(place.substr(0, place.size() - 1)) &&
        (has_lower_case(place) || place.find(", ") == std::string_view::npos)) {
      place.remove_suffix(1);
    }
    const std::string_view story = skip_dashes(trim_spaces(line.substr(story_at)));
    // "Redacción.- A través de…": a byline, as news sites sign a story, opens it without a place.
    // So does a news agency's name ("Notimex.- La Secretaría…").
    static constexpr std::string_view kBylines[] = {
        "redaccion", "staff", "agencias", "corresponsal", "corresponsales",
        "notimex",   "efe",   "afp",      "reuters"};
    const std::string folded = Analyzer::fold(place);
    if (std::find(std::begin(kBylines), std::end(kBylines), folded) != std::end(kBylines)) {
      if (!starts_upper(story)) return std::nullopt;
      return PlaceLeadIn{{}, std::string(story), 0, 0, {}};
    }
    // "Cochabamba, junio 3 (UCOM/DPB). –" ending its line: the story starts on the next one.
    if (place.find_first_of("0123456789") != std::string_view::npos || !looks_like_place(place) ||
        (!story.empty() && !starts_upper(story))) {
      return std::nullopt;
    }
    return PlaceLeadIn{std::string(place), std::string(story), dated.month, dated.day, dated.iso};
  };
  // ".-" and its kin, or with a space between ("Miquihuana, Tamaulipas. – El Gobierno…"), or
  // an outlet's tag before the dash ("Ciudad Juárez, Chih. (ADN/Staff) – Durante…"), or a comma
  // for the period ("Toluca, Estado de México, - El diputado…"), or an underscore for the dash
  // ("México 24 diciembre._ En relación…").
  for (std::string_view mark :
       {".-", ".\u2013", ".\u2014", ".\u2500", "._", ". -", ". \u2013", ". \u2014", ") -",
        ") \u2013", ") \u2014", ")-", ")\u2013", ", -", ", \u2013"}) {
    const std::size_t at = line.find(mark);
    // An outlet's tag may lengthen the lead-in: "Valencia, diciembre 28 (Prensa Gobernación/
    // José Gregorio Jaén).- El nuevo…".
    const bool tagged = at != std::string_view::npos && line.substr(0, at).ends_with(')');
    if (at == std::string_view::npos || at == 0 ||
        at > kMaxPlaceLineBytes + (tagged ? kMaxTagBytes : 0)) {
      continue;
    }
    if (mark.front() == ')' && line.substr(0, at).find(" (") == std::string_view::npos) continue;
    return lead_in(at, at + mark.size());
  }
  // "Santo Domingo, República Dominicana—El Gabinete…": an em dash with no period, glued to the
  // place and the story; only after a place of two parts, since a headline may join two
  // phrases with one.
  constexpr std::string_view kEmDash = "\u2014";
  if (const std::size_t em = line.find(kEmDash);
      em != std::string_view::npos && em > 0 && em <= kMaxPlaceLineBytes && line[em - 1] != ' ' &&
      line.substr(0, em).find(", ") != std::string_view::npos) {
    if (auto read = lead_in(em - 1, em + kEmDash.size())) return read;
  }
  // "Guadalajara, Jalisco - El gobernador…", "Santo Domingo R.D – En un esfuerzo…": a spaced
  // dash with no period before it, after a town and its region, or after an abbreviation
  // with its periods.
  for (const std::string_view mark : {" \u2013 ", " \u2014 ", " - "}) {
    // A place's few words at most before it: the paragraph's start only, cheaply.
    const std::size_t at = line.substr(0, kMaxPlaceLineBytes + mark.size()).find(mark);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view before = line.substr(0, at);
    const std::size_t comma = before.rfind(", ");
    constexpr std::size_t kMaxRegionWords = 3;
    const std::string_view region =
        comma == std::string_view::npos ? std::string_view() : before.substr(comma + 2);
    const bool town_and_region = !region.empty() && starts_upper(region) &&
                                 region.find_first_of("0123456789(") == std::string_view::npos &&
                                 words_of(region).size() <= kMaxRegionWords;
    const std::string_view abbreviation = last_word(before);
    const bool dotted = abbreviation.find('.') != std::string_view::npos &&
                        std::all_of(abbreviation.begin(), abbreviation.end(),
                                    [](char c) { return c == '.' || (c >= 'A' && c <= 'Z'); });
    if (!town_and_region && !dotted) continue;
    if (auto read = lead_in(at - 1, at + mark.size())) return read;
  }
  // "Xalapa, Ver. La libertad de expresión…": a town and its state's abbreviation, then the
  // story with no dash; or a town and its day and month ("San José, Jueves 29 de Octubre. El
  // Ministro…", "Bogotá, 7 ago (SIG). Un despliegue…").
  const std::size_t period = line.find(". ");
  if (period == std::string_view::npos || period > kMaxPlaceLineBytes) return std::nullopt;
  // "CIUDAD DE MÉXICO. El secretario…": a place in capitals before the story in mixed case.
  constexpr std::size_t kMaxCapitalsPlaceWords = 4;
  const std::string_view before = line.substr(0, period);
  constexpr std::size_t kMinStoryBytes = 40;
  // "Ciudad de México. La Comisión…": in mixed case, only a name that a word of places opens
  // ("Ciudad", "San", "Puerto"…), as headlines that end in a period do not ("Día del
  // Politécnico. El IPN…").
  static constexpr std::array<std::string_view, 7> kPlaceOpeners = {
      "Ciudad", "San", "Santa", "Santo", "Puerto", "Villa", "Heroica"};
  if (const std::string_view opener = before.substr(0, before.find(' '));
      opener.size() < before.size() &&
      std::find(kPlaceOpeners.begin(), kPlaceOpeners.end(), opener) != kPlaceOpeners.end() &&
      before.find_first_of(",.") == std::string_view::npos && looks_like_place(before) &&
      line.size() - period >= kMinStoryBytes) {
    return lead_in(period, period + 1);
  }
  constexpr std::size_t kMinCapitalsPlaceBytes = 4;  // not "H. Congreso aprueba…"
  if (before.size() >= kMinCapitalsPlaceBytes && before.find('.') == std::string_view::npos &&
      static_cast<std::size_t>(std::count(before.begin(), before.end(), ' ')) <
          kMaxCapitalsPlaceWords &&
      !has_lower_case(before) && has_lower_case(line.substr(period + 1))) {
    return lead_in(period, period + 1);
  }
  const std::size_t comma = line.find(", ");
  if (comma == std::string_view::npos || comma > period) return std::nullopt;
  // "Bogotá, D.C., (@Minagricultura, @UPRAColombia). El agro…": the outlet's tag between the
  // place and its period.
  const std::string_view untagged = trim_commas(without_agency_tag(before));
  // "Quito, Ecuador. El Gobierno Nacional…", "Ciudad Victoria, Tamaulipas. A diferencia…": a
  // town and its state or country, a name of a few words, before a story of some length.
  constexpr std::size_t kMaxRegionWords = 3;
  const std::string_view region =
      comma + 2 < untagged.size() ? trim_spaces(untagged.substr(comma + 2)) : std::string_view();
  // Not a post and its holder's title: "El Presidente de la República, Dr. Tabaré Vázquez…".
  const bool town_and_region = starts_upper(region) && !is_title_abbreviation(region) &&
                               region.find_first_of(",()") == std::string_view::npos &&
                               words_of(region).size() <= kMaxRegionWords &&
                               line.size() - period >= kMinStoryBytes;
  if (!ends_with_abbreviation(untagged, untagged.size()) && !town_and_region &&
      without_yearless_date(without_agency_tag(before)).month == 0) {
    return std::nullopt;
  }
  return lead_in(period, period + 1);
}

std::optional<std::string> day_in_year_of(std::string_view iso, int month, int day) {
  if (iso.size() < 10) return std::nullopt;
  const int year = to_int(iso.substr(0, 4));
  const int page_month = to_int(iso.substr(5, 2));
  const int page_day = to_int(iso.substr(8, 2));
  const bool later = month > page_month || (month == page_month && day > page_day);
  return iso_date(later ? year - 1 : year, month, day, kMinYear);
}

bool is_time(std::string_view line) {
  line = trim_spaces(line);
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t start = i;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
    return i - start;
  };
  const std::size_t hours = digits();
  if (hours < 1 || hours > 2 || i == line.size() || line[i++] != ':' || digits() != 2) {
    return false;
  }
  // "13:22:33 horas": the seconds too.
  if (i + 2 < line.size() && line[i] == ':') {
    ++i;
    if (digits() != 2) return false;
  }
  std::string unit(trim_spaces(line.substr(i)));
  if (unit.ends_with('.')) unit.pop_back();
  for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return unit.empty() || unit == "h" || unit == "hs" || unit == "hrs" || unit == "horas" ||
         unit == "am" || unit == "pm" || unit == "a.m" || unit == "p.m";
}

std::optional<std::string> parse_place_line(std::string_view line) {
  line = trim_spaces(line);
  if (line.empty() || line.size() > kMaxPlaceLineBytes) return std::nullopt;
  if (line.find_first_of("0123456789") != std::string_view::npos) return std::nullopt;
  // "AGUASCALIENTES, AGS.", "Ciudad Universitaria.": a comma or a final period tells a place
  // from a title in capitals ("Anuncio de Política Monetaria").
  if (!line.ends_with('.') && line.find(',') == std::string_view::npos) return std::nullopt;
  const std::string_view place = trim_commas(without_final_period(line));
  if (static_cast<std::size_t>(std::count(place.begin(), place.end(), ' ')) >= kMaxPlaceLineWords) {
    return std::nullopt;
  }
  // ".": a page's scrap, as its dots between blocks.
  const bool letters = std::any_of(place.begin(), place.end(),
                                   [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
  if (!letters || !looks_like_place(place)) return std::nullopt;
  return std::string(place);
}

std::optional<std::string> date_from_filename(std::string_view file_name) {
  const std::size_t slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  // Runs of ASCII letters and digits; only all-digit runs can be parts of a date.
  std::vector<std::string_view> runs;
  for (std::size_t at = 0; at < file_name.size();) {
    std::size_t end = at;
    while (end < file_name.size() && std::isalnum(static_cast<unsigned char>(file_name[end]))) {
      ++end;
    }
    if (end > at) runs.push_back(file_name.substr(at, end - at));
    at = end + 1;
  }
  auto digits = [&](std::size_t i, std::size_t min, std::size_t max) {
    if (i >= runs.size() || runs[i].size() < min || runs[i].size() > max) return false;
    for (char c : runs[i]) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
  };
  for (std::size_t i = 0; i < runs.size(); ++i) {
    std::optional<std::string> iso;
    if (digits(i, 4, 4) && digits(i + 1, 1, 2) && digits(i + 2, 1, 2)) {
      iso = iso_date(to_int(runs[i]), to_int(runs[i + 1]), to_int(runs[i + 2]), kMinFileYear);
    } else if (digits(i, 1, 2) && digits(i + 1, 1, 2) && digits(i + 2, 4, 4)) {
      iso = iso_date(to_int(runs[i + 2]), to_int(runs[i + 1]), to_int(runs[i]), kMinFileYear);
    } else if (digits(i, 8, 8)) {
      iso = iso_date(to_int(runs[i].substr(0, 4)), to_int(runs[i].substr(4, 2)),
                     to_int(runs[i].substr(6, 2)), kMinFileYear);
    }
    if (iso) return iso;
  }
  return std::nullopt;
}

}  // namespace hemeroteca
