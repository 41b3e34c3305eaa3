#include "hemeroteca/indexer/figures.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hemeroteca/indexer/dates.h"
#include "hemeroteca/indexer/spanish_numbers.h"
#include "hemeroteca/indexer/text_util.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca {
namespace {

constexpr std::size_t kMaxUnitWords = 4;
constexpr std::string_view kPesos = "pesos";
constexpr std::string_view kDollars = "dólares";
constexpr std::string_view kSoles = "soles";
constexpr std::string_view kColones = "colones";
constexpr std::string_view kBarrelsADay = "barriles diarios";
constexpr std::string_view kPercent = "por ciento";

using Words = std::initializer_list<std::string_view>;

// Words that end a counted noun phrase (folded): prepositions, articles, pronouns,
// conjunctions, adverbs and the commonest verbs.
constexpr auto kStopWords = std::to_array<std::string_view>(
    {"a",       "al",      "ante",     "bajo",  "con",     "contra", "de",       "del",
     "desde",   "durante", "en",       "entre", "hacia",   "hasta",  "mediante", "para",
     "por",     "segun",   "sin",      "sobre", "tras",    "el",     "la",       "los",
     "las",     "lo",      "un",       "una",   "unos",    "unas",   "y",        "e",
     "o",       "u",       "ni",       "pero",  "sino",    "que",    "quien",    "quienes",
     "cual",    "cuales",  "cuyo",     "cuya",  "donde",   "como",   "cuando",   "se",
     "le",      "les",     "su",       "sus",   "mi",      "mis",    "este",     "esta",
     "estos",   "estas",   "ese",      "esa",   "esos",    "esas",   "es",       "son",
     "fue",     "fueron",  "ha",       "han",   "hay",     "sera",   "seran",    "era",
     "eran",    "estan",   "mas",      "menos", "muy",     "ya",     "no",       "si",
     "tambien", "asi",     "ademas",   "solo",  "cada",    "todo",   "todos",    "toda",
     "todas",   "otro",    "otra",     "otros", "otras",   "mismo",  "misma",    "mismos",
     "mismas",  "tan",     "entonces", "antes", "despues", "luego",  "aun",      "todavia",
     "hoy",     "ayer",    "aqui",     "alli"});

// Words that follow a number without being what it counts (folded).
constexpr auto kNotUnits = std::to_array<std::string_view>(
    {"adicional",       "adicionales", "restantes", "extra",     "extras",
     "aproximadamente", "mil",         "miles",     "millones",  "ciento",
     "porciento",       "ellos",       "ellas",     "apenas",    "antes",
     "despues",         "lunes",       "martes",    "miercoles", "jueves",
     "viernes",         "sabado",      "sabados",   "domingo",   "domingos"});

// Units of measure written as symbols, which have no plural (folded).
constexpr auto kSymbols = std::to_array<std::string_view>(
    {"km", "m", "cm", "mm", "kg", "g", "mg", "ml", "l", "lt", "ha", "ton", "mw", "kw", "hp"});

// Labels whose number is a name or a reference, not a quantity (folded).
constexpr auto kLabels = std::to_array<std::string_view>(
    {"no",     "num",    "numero",  "art",   "articulo", "articulos", "fraccion",   "capitulo",
     "inciso", "pagina", "seccion", "tomo",  "folio",    "boletin",   "comunicado", "expediente",
     "oficio", "clave",  "fase",    "etapa", "version",  "lote"});

// Words before a four-digit year that make it a year whatever follows (folded).
constexpr auto kYearIntros =
    std::to_array<std::string_view>({"en", "desde", "hasta", "durante", "año", "ejercicio",
                                     "periodo", "sexenio", "el", "del", "este", "para"});

constexpr auto kMonths = std::to_array<std::string_view>(
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "setiembre", "octubre", "noviembre", "diciembre"});

constexpr auto kTimeUnits =
    std::to_array<std::string_view>({"horas", "hora", "hrs", "hr", "h", "am", "pm"});

// "veces al año", "consultas por día": a rate stays with its noun.
constexpr auto kRatePeriods = std::to_array<std::string_view>(
    {"año", "dia", "mes", "semana", "hora", "trimestre", "semestre", "bimestre"});

// Endings of Spanish demonyms ("veracruzanos", "mexiquenses"): where people come from is not
// what a figure counts, so these are left out of the unit (but stay in the text).
constexpr auto kDemonymEndings =
    std::to_array<std::string_view>({"anos", "anas", "enses", "eños", "eñas"});

// Endings (folded) of past participles: "aumentado", "crecido".
constexpr auto kParticipleEndings = std::to_array<std::string_view>({"ado", "ido"});

// Endings (folded) of finite verbs and gerunds: "cursan", "tienen", "otorgaron", "tenía".
constexpr auto kVerbEndings = std::to_array<std::string_view>(
    {"aron", "ieron", "aban", "ian", "ia", "an", "en", "ando", "iendo"});

template <typename Range = Words>
bool is_one_of(std::string_view word, const Range& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

template <typename Range>
bool ends_with_one_of(std::string_view word, const Range& endings) {
  return std::any_of(endings.begin(), endings.end(),
                     [&](std::string_view ending) { return word.ends_with(ending); });
}

UChar32 code_point_at(std::string_view text, std::size_t at, std::size_t* next) {
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  *next = static_cast<std::size_t>(i);
  return c;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
}

// ASCII first: ICU gives the same answers, at the cost of a call per character.
bool is_letter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c);
}

std::string ascii_lower_case(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
  return out;
}

std::string lower_case(std::string_view text) {
  if (is_ascii(text)) return ascii_lower_case(text);
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale("es"))
      .toUTF8String(out);
  return out;
}

enum class Kind { kWord, kNumber, kMark };

struct Token {
  Kind kind = Kind::kMark;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string folded;
  bool spaced = true;  // white space (or the start of the sentence) comes before it
};

Kind kind_of(UChar32 c) {
  if (c >= '0' && c <= '9') return Kind::kNumber;
  return is_letter(c) ? Kind::kWord : Kind::kMark;
}

// Words (letters, with inner hyphens: "crónico-degenerativas"), digit runs and single marks.
std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 1);  // Spanish runs about five bytes a token
  bool spaced = true;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t next = at + 1;
    const UChar32 c = (text[at] & 0x80) == 0 ? text[at] : code_point_at(text, at, &next);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0) {
      spaced = true;
      at = next;
      continue;
    }
    Token token{kind_of(c), at, next, "", spaced};
    while (token.kind != Kind::kMark && token.end < text.size()) {
      const char byte = text[token.end];
      if ((byte & 0x80) == 0 && byte != '-') {
        if (kind_of(byte) != token.kind) break;
        ++token.end;
        continue;
      }
      std::size_t peek = 0;
      const Kind kind = kind_of(code_point_at(text, token.end, &peek));
      const bool inner_hyphen = token.kind == Kind::kWord && text[token.end] == '-' &&
                                peek < text.size() &&
                                kind_of(code_point_at(text, peek, &peek)) == Kind::kWord;
      if (kind != token.kind && !inner_hyphen) break;
      token.end = inner_hyphen ? token.end + 1 : peek;
    }
    const std::string_view raw = text.substr(at, token.end - at);
    if (token.kind != Kind::kWord) {
      token.folded = std::string(raw);
    } else {
      // Folding ASCII only lower-cases it.
      token.folded = is_ascii(raw) ? ascii_lower_case(raw) : Analyzer::fold(raw);
    }
    tokens.push_back(std::move(token));
    at = tokens.back().end;
    spaced = false;
  }
  return tokens;
}

bool mostly_upper_case(std::string_view text) {
  std::size_t upper = 0;
  std::size_t lower = 0;
  for (std::size_t at = 0, next = 0; at < text.size(); at = next) {
    const char byte = text[at];
    if ((byte & 0x80) == 0) {
      upper += byte >= 'A' && byte <= 'Z' ? 1 : 0;
      lower += byte >= 'a' && byte <= 'z' ? 1 : 0;
      next = at + 1;
      continue;
    }
    const UChar32 c = code_point_at(text, at, &next);
    if (c < 0) continue;
    upper += u_isupper(c) ? 1 : 0;
    lower += u_islower(c) ? 1 : 0;
  }
  return upper > 2 * lower;
}

// Opening quotation marks before a counted noun (a straight one may close a quotation).
constexpr auto kOpeningQuotes = std::to_array<std::string_view>({"\u201C", "\u00AB"});
// A value that asks for a plural noun.
constexpr double kPlural = 2;

struct Candidate {
  Figure figure;
  std::size_t begin = 0;  // byte range of Figure::text in the sentence
  std::size_t end = 0;
  bool scale_noun = false;
  // What the scale noun multiplied the leading amount by: 1e6 for "22.7 millones", 1e9 for
  // "65 mil millones"; 1 without one.
  double scale = 1;
  // A place's or an area's name right before the number: "Costa 448 casos", "Istmo 247".
  bool named = false;
};

// A sentence longer than this (text that lost its periods) is kept, with each figure, only
// around the figure: whole, each of its figures would copy it all.
constexpr std::size_t kMaxSentenceBytes = 2000;

// The words of `sentence` around [begin, end), kMaxSentenceBytes at most; the whole sentence
// when it is no longer than that. Cut at spaces, so never inside a character.
std::string_view around(std::string_view sentence, std::size_t begin, std::size_t end) {
  if (sentence.size() <= kMaxSentenceBytes) return sentence;
  const std::size_t margin = (kMaxSentenceBytes - std::min(kMaxSentenceBytes, end - begin)) / 2;
  std::size_t from = begin > margin ? sentence.find(' ', begin - margin) : 0;
  if (from == std::string_view::npos || from > begin) from = begin;
  std::size_t to =
      end + margin < sentence.size() ? sentence.rfind(' ', end + margin) : sentence.size();
  if (to == std::string_view::npos || to < end) to = end;
  return trim_spaces(sentence.substr(from, to - from));
}

// What follows a number: its unit, a multiplier ("mdp") and where the figure's text ends.
struct UnitReading {
  std::string unit;
  double multiplier = 1;
  std::size_t end = 0;
};

// The figures of one sentence, before units left out are filled in.
class SentenceReader {
 public:
  SentenceReader(std::string_view sentence, DecimalMark mark)
      : sentence_(sentence),
        mark_(mark),
        tokens_(tokenize(sentence)),
        dates_(find_dates(sentence)),
        upper_case_(mostly_upper_case(sentence)) {}

  std::vector<Candidate> read(const std::vector<SpanishNumber>& numbers) const {
    std::vector<Candidate> candidates;
    for (const SpanishNumber& number : numbers) {
      // The words in "20,933,050 (veinte millones … cincuenta) puestos" are the figure's own.
      if (!candidates.empty() && number.begin < candidates.back().end) continue;
      if (auto candidate = read_figure(number)) candidates.push_back(std::move(*candidate));
    }
    return candidates;
  }

 private:
  template <typename Range = Words>
  bool is_word(std::size_t i, const Range& words) const {
    return i < tokens_.size() && tokens_[i].kind == Kind::kWord &&
           is_one_of(tokens_[i].folded, words);
  }
  template <typename Range = Words>
  bool is_mark(std::size_t i, const Range& marks) const {
    return i < tokens_.size() && tokens_[i].kind == Kind::kMark &&
           is_one_of(tokens_[i].folded, marks);
  }
  // The first token that does not begin before `offset`.
  std::size_t token_index(std::size_t offset) const {
    const auto it = std::partition_point(tokens_.begin(), tokens_.end(),
                                         [&](const Token& t) { return t.begin < offset; });
    return static_cast<std::size_t>(it - tokens_.begin());
  }
  std::string_view raw(std::size_t i) const {
    return sentence_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }

  // The tokens of a minus sign glued before the number at token `first` of a rate ("-0,1%",
  // "(-)0.02%", "-1.5 puntos"), after a space, so no range's dash ("10-20%") nor a line's
  // hyphen ("-5 mil personas…" opening a sentence); 0 when there is none.
  std::size_t minus_sign_length(std::size_t first, std::string_view unit) const {
    if (first < 2 || tokens_[first].spaced || (unit != kPercent && !unit.starts_with("punto"))) {
      return 0;
    }
    if (is_mark(first - 1, {"-", "\u2212"}) && tokens_[first - 1].spaced) return 1;
    const bool bracketed = first >= 3 && is_mark(first - 1, {")"}) && is_mark(first - 2, {"-"}) &&
                           is_mark(first - 3, {"("}) && !tokens_[first - 1].spaced &&
                           !tokens_[first - 2].spaced;
    return bracketed ? 3 : 0;
  }

  std::optional<Candidate> read_figure(const SpanishNumber& number) const {
    const std::size_t first = token_index(number.begin);
    const std::size_t after = token_index(number.end);
    // A number inside a hyphenated word ("IMSS-veinte") is no token of its own here.
    if (first >= tokens_.size() || tokens_[first].begin != number.begin) return std::nullopt;
    const std::size_t soles_sign = soles_sign_length(first);
    if (number.value == 0 || (soles_sign == 0 && is_code(first, after)) ||
        is_date_or_time(number, first, after)) {
      return std::nullopt;
    }
    // "USD 172.867,54": the currency's code before the amount, as a dollar sign.
    const bool usd = first > 0 && is_word(first - 1, {"usd"});
    // "¢150 millones", "₡2.500": Costa Rica's colones.
    const bool colon_sign = first > 0 && is_mark(first - 1, {"\u00A2", "\u20A1"});
    const bool money_sign =
        usd || soles_sign > 0 || colon_sign || (first > 0 && is_mark(first - 1, {"$"}));
    const bool dollar_sign = usd || (money_sign && first > 1 && is_word(first - 2, {"us"}));
    // "San Miguel de Allende 28 reportes": a name before a number that a lower-case noun
    // right after counts does not name the number ("Línea 12", "Técnica 15 de Los Mochis").
    // Nor does a name before a percentage: "Cozumel 85 por ciento; Los Cabos 95 por ciento".
    const bool named = !money_sign && is_named_by_word_before(first);
    if (named && !counted_right_after(after) && !percent_right_after(after) &&
        !is_bare_list_item(first, after)) {
      return std::nullopt;
    }
    const std::string_view currency = soles_sign > 0 ? kSoles
                                      : colon_sign
                                          ? kColones
                                          : (dollar_sign ? kDollars : (money_sign ? kPesos : ""));
    UnitReading unit = read_unit(number, past_number_in_words(after), currency);
    // "un sismo de magnitud 7.7", "de magnitud de 5.2": an earthquake's magnitude, its unit
    // written before it.
    std::optional<std::size_t> magnitude;
    if (unit.unit.empty() && first > 0 && is_word(first - 1, {"magnitud"})) magnitude = first - 1;
    if (unit.unit.empty() && first > 1 && is_word(first - 1, {"de"}) &&
        is_word(first - 2, {"magnitud"})) {
      magnitude = first - 2;
    }
    constexpr double kMaxMagnitude = 10;  // past it, a count or a year
    if (number.value >= kMaxMagnitude) magnitude.reset();
    if (magnitude) unit.unit = "magnitud";
    const bool introduced_year = first > 0 && is_word(first - 1, kYearIntros);
    // "Calendarios Escolares 2018 – 2019 marcados por la SEP": a span's second year.
    const bool span_year =
        first > 1 && is_mark(first - 1, {"-", "\u2013", "\u2014"}) && is_year_token(first - 2);
    // "noviembre - 6 - 2012 Comentarios desactivados": a capital after a year, in a sentence in
    // lower case, opens a name or the next line, not what the year counts.
    std::size_t next_letter = 0;
    const bool named_after = after < tokens_.size() && !upper_case_ &&
                             u_isupper(code_point_at(raw(after), 0, &next_letter));
    if (is_year(number) && (unit.unit.empty() || introduced_year || span_year || named_after)) {
      return std::nullopt;
    }
    Candidate candidate;
    const std::size_t sign_tokens = soles_sign > 0 ? soles_sign : (dollar_sign && !usd ? 2 : 1);
    // "varió -0,1%", "cayó (-)0.02%": a rate's fall.
    const std::size_t minus = money_sign || magnitude ? 0 : minus_sign_length(first, unit.unit);
    candidate.begin = money_sign  ? tokens_[first - sign_tokens].begin
                      : magnitude ? tokens_[*magnitude].begin
                      : minus > 0 ? tokens_[first - minus].begin
                                  : number.begin;
    candidate.end = unit.end;
    // "86.8% (ochenta y seis punto ocho por ciento)": the words after the unit are the
    // figure's too, not figures of their own.
    const std::size_t next = token_index(unit.end);
    if (const std::size_t past = past_number_in_words(next); past != next) {
      candidate.end = tokens_[past - 1].end;
    }
    candidate.scale_noun = number.scale_noun;
    candidate.named = named;
    if (number.scale_noun) candidate.scale = scale_of(number, first);
    candidate.figure =
        Figure{(minus > 0 ? -1 : 1) * number.value * unit.multiplier, std::move(unit.unit),
               std::string(sentence_.substr(candidate.begin, candidate.end - candidate.begin)),
               std::string(around(sentence_, candidate.begin, candidate.end))};
    return candidate;
  }

  // The power of ten the scale words after the leading amount stand for ("12 millones y medio"
  // is 12 times 1e6, and a half).
  double scale_of(const SpanishNumber& number, std::size_t first) const {
    const auto leading = read_spanish_number(raw(first), 0, mark_);
    if (!leading || leading->value <= 0) return 1;
    return std::pow(10.0, std::round(std::log10(number.value / leading->value)));
  }

  // Legal style repeats a number in words: "20,933,050 (veinte millones novecientos treinta y
  // tres mil cincuenta) puestos", "86.8% (ochenta y seis punto ocho por ciento)". The token
  // past the closing parenthesis, or `i` when no such words follow. The words need not add up
  // to the digits: the digits are the figure, and the words may be misspelt ("trecientos").
  std::size_t past_number_in_words(std::size_t i) const {
    constexpr std::size_t kLongestInWords = 24;  // tokens
    if (!is_mark(i, {"("})) return i;
    std::size_t close = i + 1;
    while (close < tokens_.size() && close - i <= kLongestInWords &&
           tokens_[close].kind == Kind::kWord) {
      ++close;
    }
    if (close == i + 1 || !is_mark(close, {")"})) return i;
    for (std::size_t k = i + 1; k < close; ++k) {
      if (!is_number_word(k)) return i;  // "(cien de ellos menores)": words of their own
    }
    return close + 1;
  }

  // A word that writes a number or a part of one: "veinte", "mil", "punto", "por ciento", and
  // hundreds however they are spelt ("trecientos").
  bool is_number_word(std::size_t k) const {
    static constexpr auto kNumberParts = std::to_array<std::string_view>(
        {"y", "un", "una", "mil", "millon", "millones", "punto", "coma", "por", "ciento", "cero"});
    const std::string_view word = tokens_[k].folded;
    if (is_one_of(word, kNumberParts) || word.ends_with("cientos")) return true;
    const auto number = read_spanish_number(word, 0, mark_);
    return number && number->begin == 0 && number->end == word.size();
  }

  // Codes and references: "641/2020", "COVID-19", "No. 2", "artículo 4".
  // "S/950 millones", "S/. 120": the sign of Peru's soles glued together before the amount;
  // the tokens it takes, 0 when there is none.
  std::size_t soles_sign_length(std::size_t first) const {
    if (first >= 2 && is_mark(first - 1, {"/"}) && is_word(first - 2, {"s"}) &&
        !tokens_[first - 1].spaced) {
      return 2;
    }
    if (first >= 3 && is_mark(first - 1, {"."}) && is_mark(first - 2, {"/"}) &&
        is_word(first - 3, {"s"}) && !tokens_[first - 2].spaced && !tokens_[first - 1].spaced) {
      return 3;
    }
    return 0;
  }

  bool is_code(std::size_t first, std::size_t after) const {
    // "artesanales -6 fusiles y un arma corta-": a dash spaced from the word before it opens an
    // aside, no code (a temperature's minus stays out: "-5 grados").
    const bool aside_dash = first >= 2 && tokens_[first - 1].spaced &&
                            is_mark(first - 1, {"-", "\u2013"}) &&
                            tokens_[first - 2].kind == Kind::kWord && !is_word(after, {"grados"});
    if (first > 0 && !tokens_[first].spaced && is_mark(first - 1, {"-", "/", ":", ".", "\u2013"}) &&
        !aside_dash) {
      return true;
    }
    if (after + 1 < tokens_.size() && !tokens_[after].spaced && !tokens_[after + 1].spaced &&
        tokens_[after + 1].kind == Kind::kNumber && is_mark(after, {"/", ":", "-", "\u2013"})) {
      return true;
    }
    // A label names a one-token number: "etapa 2" is a name, "etapa 2 mil 300 trabajadores"
    // a quantity.
    std::size_t label = first;
    if (label > 0 && is_mark(label - 1, {"."})) --label;
    return label > 0 && is_word(label - 1, kLabels) && after == first + 1;
  }

  // A lower-case plural noun right after the number.
  bool counted_right_after(std::size_t after) const {
    // "VIH 39 millones de personas": after a scale word, "de" and the noun.
    if (is_word(after, {"de"}) && after > 0 && is_word(after - 1, {"millones", "millon", "mil"})) {
      ++after;
    }
    if (after >= tokens_.size() || !is_noun_word(after)) return false;
    std::size_t next = 0;
    return !u_isupper(code_point_at(raw(after), 0, &next)) && tokens_[after].folded.ends_with("s");
  }

  bool percent_right_after(std::size_t after) const {
    return is_mark(after, {"%"}) || is_word(after, {"porciento"}) ||
           (is_word(after, {"por"}) && is_word(after + 1, {"ciento"}));
  }

  // "…Costa 448 casos y tres decesos, Istmo 247, Tuxtepec 69 y un deceso, Mixteca 66 y la
  // Sierra 64.": a name of capitalised words after a list's comma or "y", then a bare count
  // that the list's mark or the sentence's end follows. fill_left_out_units() gives it the
  // noun an item named so before it counted, or leaves it out.
  bool is_bare_list_item(std::size_t first, std::size_t after) const {
    if (after < tokens_.size() && !is_mark(after, {",", ";", "."}) && !is_word(after, {"y", "e"})) {
      return false;
    }
    std::size_t start = first;
    while (start > 0 && tokens_[start - 1].kind == Kind::kWord &&
           (u_isupper(first_code_point(raw(start - 1))) ||
            is_word(start - 1, {"de", "del", "la", "las", "los", "el"}))) {
      --start;
    }
    while (start < first && !u_isupper(first_code_point(raw(start)))) ++start;  // "la Sierra"
    return start < first && start > 0 &&
           (is_mark(start - 1, {","}) || is_word(start - 1, {"y", "e", "la", "el", "los", "las"}));
  }

  // A capitalised word right before the number, other than the sentence's first, names it:
  // "Zona 2", "Siglo XXI", "Línea 12".
  bool is_named_by_word_before(std::size_t first) const {
    if (first == 0 || upper_case_ || tokens_[first - 1].kind != Kind::kWord) return false;
    const auto before = tokens_.begin() + static_cast<std::ptrdiff_t>(first - 1);
    if (std::none_of(tokens_.begin(), before,
                     [](const Token& t) { return t.kind == Kind::kWord; })) {
      return false;
    }
    std::size_t next = 0;
    return u_isupper(code_point_at(raw(first - 1), 0, &next)) &&
           !is_one_of(tokens_[first - 1].folded, kStopWords);
  }

  bool is_date_or_time(const SpanishNumber& number, std::size_t first, std::size_t after) const {
    for (const DateMention& date : dates_) {
      if (number.begin < date.end && date.begin < number.end) return true;
    }
    // "el 18 de junio", "julio 2014", "septiembre de 2020".
    if (is_word(after, kMonths) || (is_word(after, {"de"}) && is_word(after + 1, kMonths))) {
      return true;
    }
    // "junio 9", "junio 2014"; not "9 de junio 631 690 dosis", a quantity after the day.
    constexpr double kLastDay = 31;
    if (first > 0 && is_word(first - 1, kMonths) && (number.value <= kLastDay || is_year(number))) {
      return true;
    }
    if (first > 1 && is_word(first - 1, {"de", "del"}) && is_word(first - 2, kMonths)) return true;
    // "noviembre - 6 - 2012", as a blog's theme writes the date.
    if (first > 1 && is_mark(first - 1, {"-"}) && is_word(first - 2, kMonths)) return true;
    // "a las 10 horas"
    return first > 0 && is_word(first - 1, {"las", "la"}) && is_word(after, kTimeUnits);
  }

  // Token i, four digits from 1900 to 2100.
  bool is_year_token(std::size_t i) const {
    const std::string_view digits = raw(i);
    if (digits.size() != 4 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return false;
    }
    const int year = (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 +
                     (digits[3] - '0');
    return year >= 1900 && year <= 2100;
  }

  bool is_year(const SpanishNumber& number) const {
    const std::string_view digits = sentence_.substr(number.begin, number.end - number.begin);
    return digits.size() == 4 &&
           std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           number.value >= 1900 && number.value <= 2100;
  }

  UnitReading read_unit(const SpanishNumber& number, std::size_t i,
                        std::string_view currency) const {
    if (is_mark(i, {"%"})) return {std::string(kPercent), 1, tokens_[i].end};
    if (is_word(i, {"por"}) && is_word(i + 1, {"ciento"})) {
      return {std::string(kPercent), 1, tokens_[i + 1].end};
    }
    if (is_word(i, {"porciento"})) return {std::string(kPercent), 1, tokens_[i].end};
    // Banxico's "226,465 m.d." and "3,078,526 m.p.": millions of dollars and of pesos.
    if (is_word(i, {"m"}) && is_mark(i + 1, {"."}) && is_word(i + 2, {"d", "p"}) &&
        is_mark(i + 3, {"."}) && !tokens_[i + 1].spaced && !tokens_[i + 2].spaced) {
      return {std::string(tokens_[i + 2].folded == "p" ? kPesos : kDollars), 1e6,
              tokens_[i + 3].end};
    }
    // Pemex's "1,661 Mbd" and "1.6 MMbd": thousands and millions of barrels a day.
    if (is_word(i, {"mbd", "mmbd"})) {
      return {std::string(kBarrelsADay), tokens_[i].folded == "mbd" ? 1e3 : 1e6, tokens_[i].end};
    }
    if (is_word(i, {"mdp", "mmdp", "mdd", "mmdd"})) {
      const std::string_view abbreviation = tokens_[i].folded;
      return {std::string(abbreviation.ends_with("p") ? kPesos : kDollars),
              abbreviation.starts_with("mm") ? 1e9 : 1e6, tokens_[i].end};
    }
    const UnitReading none{std::string(currency), 1, number.end};
    if (number.scale_noun) {
      // "50 millones adicionales": the noun is left out; "22 millones pesos": the "de" is.
      if (!is_word(i, {"de"}) && !is_word(i, {"pesos", "dolares"})) return none;
      if (is_word(i, {"de"})) ++i;
    }
    if (is_word(i, {"pesos"})) return {std::string(kPesos), 1, tokens_[i].end};
    if (is_word(i, {"dolares"})) return {std::string(kDollars), 1, tokens_[i].end};
    if (!currency.empty()) return none;
    // "27 mil 459 ha.", "120 ha de bosque": hectares; not the verb ("300 ha aumentado", "ha
    // de atender", "ha también crecido"), nor after a year ("2021 ha de aplicarse").
    if (is_word(i, {"ha"}) && !is_year(number) && !verb_ha(i)) return {"ha", 1, tokens_[i].end};
    // "45°C", "47 °C": degrees Celsius (or Fahrenheit), the sign glued to its letter.
    if (is_mark(i, {"\u00B0", "\u00BA"}) && is_word(i + 1, {"c", "f"}) && !tokens_[i + 1].spaced) {
      return {tokens_[i + 1].folded == "c" ? "°C" : "°F", 1, tokens_[i + 1].end};
    }
    if (!number.scale_noun && is_word(i, {"de"}) && is_word(i + 1, {"los", "las"})) i += 2;
    // "3 mil 412 “palomitas”": the noun in quotation marks.
    const bool quoted = is_mark(i, kOpeningQuotes);
    if (quoted) ++i;
    if (auto counted = noun_phrase(i, number.value)) {
      const std::size_t close = token_index(counted->end);
      if (quoted && close < tokens_.size() && !tokens_[close].spaced &&
          tokens_[close].kind == Kind::kMark) {
        counted->end = tokens_[close].end;
      }
      return *counted;
    }
    // "118 solicitudes de patente, 14 de diseños industriales": a count of a plural noun.
    if (!number.scale_noun && is_word(i, {"de"}) && i + 1 < tokens_.size()) {
      std::size_t next = 0;
      const bool lower_case = !u_isupper(code_point_at(raw(i + 1), 0, &next));
      if (auto counted = lower_case ? noun_phrase(i + 1, kPlural) : std::nullopt) return *counted;
    }
    return none;
  }

  // Whether "ha" at token i is the verb: a participle, an adverb, or "de" and an infinitive
  // follows it.
  bool verb_ha(std::size_t i) const {
    static constexpr auto kAdverbs = std::to_array<std::string_view>(
        {"ya", "tambien", "incluso", "sido", "no", "sin", "siempre", "nunca", "apenas"});
    static constexpr auto kIrregularParticiples = std::to_array<std::string_view>(
        {"abierto", "cubierto", "dicho", "hecho", "puesto", "visto", "escrito", "resuelto",
         "vuelto", "muerto", "roto", "impreso", "devuelto", "dispuesto", "propuesto"});
    if (i + 1 >= tokens_.size() || tokens_[i + 1].kind != Kind::kWord) return false;
    const std::string_view next = tokens_[i + 1].folded;
    const bool participle = (next.size() > 4 && ends_with_one_of(next, kParticipleEndings)) ||
                            is_one_of(next, kIrregularParticiples);
    if (participle || is_one_of(next, kAdverbs)) return true;
    if (next != "de" || i + 2 >= tokens_.size() || tokens_[i + 2].kind != Kind::kWord) return false;
    const std::string_view after = tokens_[i + 2].folded;
    return after.size() > 3 &&
           (after.ends_with("ar") || after.ends_with("er") || after.ends_with("ir") ||
            after.ends_with("arse") || after.ends_with("erse") || after.ends_with("irse"));
  }

  // A word that may stand in a counted noun phrase.
  bool is_noun_word(std::size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == Kind::kWord &&
           (tokens_[i].spaced || (i > 0 && is_mark(i - 1, kOpeningQuotes))) &&
           !is_one_of(tokens_[i].folded, kStopWords) &&
           !read_spanish_number(sentence_, tokens_[i].begin, mark_);
  }

  // A word after the head: agrees with it in number and is no verb nor a proper name.
  bool is_modifier(std::size_t i, std::size_t head) const {
    if (!is_noun_word(i) || ends_with_one_of(tokens_[i].folded, kVerbEndings)) return false;
    // "señaló", "será": the last letter lower-cases to ó or á.
    const std::string_view word = raw(i);
    if (word.ends_with("ó") || word.ends_with("Ó") || word.ends_with("á") || word.ends_with("Á")) {
      return false;
    }
    std::size_t next = 0;
    if (u_isupper(code_point_at(raw(i), 0, &next)) &&
        !u_isupper(code_point_at(raw(head), 0, &next))) {
      return false;
    }
    return tokens_[i].folded.ends_with("s") == tokens_[head].folded.ends_with("s");
  }

  // The unit a symbol at `head` writes, with the power and the rate glued to it: "15 m3" and
  // "20 m³" are cubic metres, "500 km2" square kilometres, "60 km/h" a speed, "3 m3/s" a flow.
  // "21.96 Mm3" is millions of cubic metres, as water authorities write them ("Mm" without a
  // power stays millimetres of rain). Hectometres appear only cubed ("300 hm3").
  std::optional<UnitReading> symbol_unit(std::size_t head) const {
    const auto glued = [&](std::size_t i) { return i < tokens_.size() && !tokens_[i].spaced; };
    std::string unit = lower_case(raw(head));
    double multiplier = 1;
    std::size_t last = head;
    if (glued(head + 1) && (tokens_[head + 1].folded == "2" || tokens_[head + 1].folded == "²" ||
                            tokens_[head + 1].folded == "3" || tokens_[head + 1].folded == "³")) {
      const bool cubic = tokens_[head + 1].folded == "3" || tokens_[head + 1].folded == "³";
      if (cubic && raw(head) == "Mm") {
        unit = "m";
        multiplier = 1e6;
      }
      unit += cubic ? "³" : "²";
      last = head + 1;
    } else if (unit == "hm") {
      return std::nullopt;
    }
    if (is_mark(last + 1, {"/"}) && glued(last + 1) && glued(last + 2) &&
        is_word(last + 2, {"s", "seg", "h", "hr", "hrs"})) {
      unit += tokens_[last + 2].folded.starts_with("s") ? "/s" : "/h";
      last += 2;
    }
    return UnitReading{std::move(unit), multiplier, tokens_[last].end};
  }

  // What `value` counts, starting at `head`: a plural noun unless the value is one ("2000
  // establece" is a year and a verb), or a unit symbol ("120 km").
  std::optional<UnitReading> noun_phrase(std::size_t head, double value) const {
    if (!is_noun_word(head) || is_one_of(tokens_[head].folded, kNotUnits)) return std::nullopt;
    // "los tres órdenes de gobierno", "tres niveles de gobierno": federal, state and town, as
    // the phrase names them; nothing counted.
    if (is_word(head, {"ordenes", "niveles", "ambitos"}) && is_word(head + 1, {"de"}) &&
        is_word(head + 2, {"gobierno"})) {
      return std::nullopt;
    }
    const std::string_view folded = tokens_[head].folded;
    // A symbol takes no adjective: "un motor de 30 HP nuevo", "30 HP FUERA DE BORDA".
    if (is_one_of(folded, kSymbols) || folded == "hm") return symbol_unit(head);
    if (value != 1 && !folded.ends_with("s")) return std::nullopt;
    std::size_t last = head;       // last word of the text
    std::size_t unit_last = head;  // last word of the unit
    for (std::size_t words = 1; words < kMaxUnitWords;) {
      const std::size_t i = last + 1;
      if (is_word(i, {"al", "por"}) && is_word(i + 1, kRatePeriods) && tokens_[i].spaced) {
        unit_last = last = i + 1;
        break;
      }
      if (is_word(i, {"y", "e"}) && tokens_[i].spaced && words + 2 <= kMaxUnitWords &&
          is_modifier(i + 1, head)) {
        unit_last = last = i + 1;
        words += 2;
        continue;
      }
      if (!is_modifier(i, head)) break;
      last = i;
      if (!ends_with_one_of(tokens_[i].folded, kDemonymEndings)) unit_last = i;
      ++words;
    }
    std::string unit;
    for (std::size_t i = head; i <= unit_last; ++i) {
      if (!unit.empty()) unit.push_back(' ');
      unit += lower_case(raw(i));
    }
    return UnitReading{std::move(unit), 1, tokens_[last].end};
  }

  std::string_view sentence_;
  DecimalMark mark_;
  std::vector<Token> tokens_;
  std::vector<DateMention> dates_;
  bool upper_case_;
};

bool is_money(const Figure& figure) { return figure.unit == kPesos || figure.unit == kDollars; }

// Whether the number at [begin, end) of `sentence` counts a part of something counted before
// it: "de las cuales 312", "de las cuales llevan 13 mil 454", "de las que 8.074.690 tienen
// empleo", "en los que 4 mil 298 son en Estados Unidos", "115 de ellos", "16 más".
bool refers_back(std::string_view sentence, std::size_t begin, std::size_t end) {
  // A few words each side, not the whole sentence: a text that lost its periods is one.
  constexpr std::size_t kWindowBytes = 32;
  const std::string_view left = sentence.substr(0, begin);
  const std::size_t from =
      left.size() > kWindowBytes ? left.find(' ', left.size() - kWindowBytes) : 0;
  const std::string before =
      Analyzer::fold(trim_spaces(from == std::string_view::npos ? left : left.substr(from)));
  const std::string_view right = sentence.substr(end);
  const std::size_t to =
      right.size() > kWindowBytes ? right.rfind(' ', kWindowBytes) : right.size();
  const std::string after =
      Analyzer::fold(trim_spaces(right.substr(0, to == std::string_view::npos ? 0 : to)));
  const auto word_at_start = [&](std::string_view word) {
    return after.starts_with(word) &&
           (after.size() == word.size() ||
            !std::isalnum(static_cast<unsigned char>(after[word.size()])));
  };
  // The relative pronoun, and a verb or two before the number at most.
  constexpr std::size_t kMaxWordsBetween = 2;
  for (const std::string_view relative :
       {"de los cuales", "de las cuales", "de los que", "de las que", "en los que", "en las que"}) {
    const std::size_t at = before.rfind(relative);
    if (at == std::string::npos || (at > 0 && before[at - 1] != ' ')) continue;
    const std::string_view between = std::string_view(before).substr(at + relative.size());
    if (!between.empty() && between.front() != ' ') continue;
    if (between.find_first_of(",.;:0123456789") == std::string_view::npos &&
        words_of(between).size() <= kMaxWordsBetween) {
      return true;
    }
  }
  return word_at_start("de ellos") || word_at_start("de ellas") || word_at_start("mas");
}

// Whether the number at `begin` is an item of a list of names and their counts parted by
// semicolons ("…a las siguientes regiones: Cusco, 39 780; La Libertad, 58 500; … y Piura,
// 87 750"): a name of capitalised words and a comma before it, since the last ';' or ':', and
// a ';' before or after its item.
bool is_named_list_item(std::string_view sentence, std::size_t begin, std::size_t end) {
  const std::size_t open = sentence.substr(0, begin).find_last_of(";:");
  if (open == std::string_view::npos) return false;
  const std::size_t close = sentence.find(';', end);
  if (sentence[open] != ';' && close == std::string_view::npos) return false;
  std::string_view item = trim_spaces(sentence.substr(open + 1, begin - open - 1));
  if (!item.ends_with(',')) return false;
  item = trim_spaces(item.substr(0, item.size() - 1));
  std::vector<std::string_view> words = words_of(item);
  if (!words.empty() && (words.front() == "y" || words.front() == "e")) {
    words.erase(words.begin());
  }
  constexpr std::size_t kMaxNameWords = 5;
  if (words.empty() || words.size() > kMaxNameWords) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view word) {
    const std::string folded = Analyzer::fold(word);
    const bool connector = folded == "de" || folded == "del" || folded == "la" || folded == "las" ||
                           folded == "los" || folded == "el";
    return connector || u_isupper(first_code_point(word));
  });
}

// Spanish leaves out a noun it has just said or is about to say.
void fill_left_out_units(std::vector<Candidate>& candidates, std::string_view sentence) {
  // "de 10 a 20 hospitales", "entre 5 y 10 por ciento": the first takes the second's unit,
  // and a bare amount its scale too ("de 24.3 a 22.7 millones de pesos").
  for (std::size_t i = candidates.size(); i-- > 1;) {
    Candidate& first = candidates[i - 1];
    const Candidate& second = candidates[i];
    const std::string between =
        Analyzer::fold(trim_spaces(sentence.substr(first.end, second.begin - first.end)));
    // "14 de los 300 distritos" too.
    // "con 10 mil, siete mil y cinco mil pesos": a list's items before its last, comma by comma.
    if (first.figure.unit.empty() &&
        is_one_of(between, {"a", "y", "o", "u", "al", "-", "\u2013", "de los", "de las", ","})) {
      first.figure.unit = second.figure.unit;
      // "12 de los 3 millones de contribuyentes" are twelve: a part takes no scale.
      const bool part = between.starts_with("de ");
      if (!part && second.scale_noun && !first.scale_noun && first.figure.value < 1000) {
        first.figure.value *= second.scale;
        first.scale_noun = true;
        first.scale = second.scale;
      }
    }
  }
  // "187 casos… 115 de ellos", "4 mil 512 quejas, de las cuales 312", "seis unidades y 16
  // más": a part of what was just counted.
  const Figure* counted = nullptr;
  bool after_part = false;  // the candidate before was such a part
  for (Candidate& candidate : candidates) {
    const bool part = candidate.figure.unit.empty() && counted != nullptr &&
                      refers_back(sentence, candidate.begin, candidate.end);
    // "de las que 8.074.690 tienen empleo y 521.170 no lo tienen": the other part; "de los
    // cuales 32,671 corresponden a educación básica, 7,629 a media superior" and "de los cuales
    // 1,923 son de educación inicial; 1,617 de educación especial": the next.
    const bool next_part = candidate.figure.unit.empty() && after_part && [&] {
      const std::string_view before = trim_spaces(sentence.substr(0, candidate.begin));
      const std::string joint = Analyzer::fold(last_word(before));
      return joint == "y" || joint == "e" || before.ends_with(',') || before.ends_with(';');
    }();
    if (part || next_part) candidate.figure.unit = counted->unit;
    after_part = part || next_part;
    if (!candidate.figure.unit.empty()) counted = &candidate.figure;
  }
  // "10 consultorios de atención médica y cinco de atención preventiva", "nueve hospitales del
  // Régimen Ordinario y siete del Programa IMSS-Bienestar": after "y", a bare count with a
  // complement of its own counts what the count before it counted.
  for (std::size_t i = 1; i < candidates.size(); ++i) {
    Candidate& candidate = candidates[i];
    const Figure& before = candidates[i - 1].figure;
    if (!candidate.figure.unit.empty() || before.unit.empty() || is_money(before) ||
        before.unit == kPercent) {
      continue;
    }
    const std::string joint = Analyzer::fold(last_word(trim_spaces(
        sentence.substr(candidates[i - 1].end, candidate.begin - candidates[i - 1].end))));
    const std::string_view after = trim_spaces(sentence.substr(candidate.end));
    if ((joint == "y" || joint == "e") && (after.starts_with("de ") || after.starts_with("del "))) {
      candidate.figure.unit = before.unit;
    }
  }
  // "Costa 448 casos y tres decesos, Istmo 247, Tuxtepec 69…": a bare count after a name counts
  // what the last count after a name counted.
  std::string_view named_unit;
  for (Candidate& candidate : candidates) {
    if (!candidate.named) continue;
    if (candidate.figure.unit.empty()) {
      candidate.figure.unit = std::string(named_unit);
    } else if (!is_money(candidate.figure) && candidate.figure.unit != kPercent) {
      named_unit = candidate.figure.unit;
    }
  }
  // "Cusco, 39 780; … Lambayeque, 51 480 dosis; …": the list's items count what one of them
  // names.
  const Figure* listed = nullptr;
  std::vector<bool> items(candidates.size());
  // Most sentences part nothing with semicolons, and hold no such list.
  const bool semicolons = sentence.find(';') != std::string_view::npos;
  for (std::size_t i = 0; semicolons && i < candidates.size(); ++i) {
    items[i] = is_named_list_item(sentence, candidates[i].begin, candidates[i].end);
    if (items[i] && listed == nullptr && !candidates[i].figure.unit.empty()) {
      listed = &candidates[i].figure;
    }
  }
  for (std::size_t i = 0; listed != nullptr && i < candidates.size(); ++i) {
    if (items[i] && candidates[i].figure.unit.empty()) candidates[i].figure.unit = listed->unit;
  }
  // "130 millones de pesos, así como 50 millones adicionales", "81 millones 513 mil pesos …
  // y 20 millones 549 mil corresponden…": the amount is in pesos too.
  const Figure* money = nullptr;
  for (Candidate& candidate : candidates) {
    // "y 20 millones 549 mil": joined to what precedes, not "se atendió a 2 millones 300 mil".
    const std::string before =
        Analyzer::fold(last_word(trim_spaces(sentence.substr(0, candidate.begin))));
    const bool coordinated = before == "y" || before == "e" || before == "mas" ||
                             trim_spaces(sentence.substr(0, candidate.begin)).ends_with(",");
    const bool in_millions =
        candidate.scale_noun ||
        (coordinated && Analyzer::fold(candidate.figure.text).find("millon") != std::string::npos);
    if (candidate.figure.unit.empty() && in_millions && money != nullptr) {
      candidate.figure.unit = money->unit;
    }
    if (is_money(candidate.figure)) money = &candidate.figure;
  }
}

// "854 kilos 933 gramos 800 miligramos de marihuana", "5 toneladas 500 kilos": one weight in
// kilos, as seizure reports write it, not two or three figures.
void join_compound_weights(std::vector<Candidate>& candidates, std::string_view sentence) {
  static constexpr auto kTons = std::to_array<std::string_view>({"toneladas", "tonelada"});
  static constexpr auto kKilos = std::to_array<std::string_view>({"kilos", "kilogramos", "kg"});
  static constexpr auto kGrams = std::to_array<std::string_view>({"gramos", "g"});
  static constexpr auto kMilligrams = std::to_array<std::string_view>({"miligramos", "mg"});
  const auto adjacent = [&](const Candidate& left, const Candidate& right) {
    return trim_spaces(sentence.substr(left.end, right.begin - left.end)).empty();
  };
  // The part after `last` in `units`, right after it: its index, or `last`.
  const auto next_part = [&](std::size_t last, const auto& units) {
    return last + 1 < candidates.size() && is_one_of(candidates[last + 1].figure.unit, units) &&
                   adjacent(candidates[last], candidates[last + 1])
               ? last + 1
               : last;
  };
  std::size_t kept = 0;  // one pass, moving what stays to the front
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    std::size_t last = i;
    double kilos = 0;
    std::string_view unit;
    // "5 toneladas 500 kilos": the tons in kilos.
    if (is_one_of(candidates[i].figure.unit, kTons) && next_part(i, kKilos) != i) {
      kilos = candidates[i].figure.value * 1e3;
      last = i + 1;
    }
    if (is_one_of(candidates[last].figure.unit, kKilos)) {
      kilos += candidates[last].figure.value;
      unit = candidates[last].figure.unit;
      if (const std::size_t grams = next_part(last, kGrams); grams != last) {
        kilos += candidates[last = grams].figure.value / 1e3;
      }
      if (const std::size_t milligrams = next_part(last, kMilligrams); milligrams != last) {
        kilos += candidates[last = milligrams].figure.value / 1e6;
      }
    }
    if (last != i) {
      Candidate& joined = candidates[i];
      joined.figure.value = kilos;
      joined.figure.unit = std::string(unit);
      joined.end = candidates[last].end;
      joined.figure.text = std::string(sentence.substr(joined.begin, joined.end - joined.begin));
    }
    if (kept != i) candidates[kept] = std::move(candidates[i]);
    ++kept;
    i = last;
  }
  candidates.resize(kept);
}

}  // namespace

std::vector<Figure> extract_figures(const std::vector<std::string>& paragraphs) {
  std::vector<Figure> figures;
  const DecimalMark mark = decimal_mark_of(paragraphs);
  // "Hoy fueron confirmados 30 nuevos casos de COVID-19:" / "9 en Provincia de Buenos Aires" /
  // "5 en Córdoba": the items of a list that open with a bare count count what the last
  // figure of their lead-in counts. Empty when no such list goes on.
  std::string list_unit;
  for (const std::string& paragraph : paragraphs) {
    const std::string_view trimmed = trim_spaces(paragraph);
    const bool opens_with_digit =
        !trimmed.empty() && trimmed.front() >= '0' && trimmed.front() <= '9';
    if (!opens_with_digit) list_unit.clear();
    std::string last_unit;
    bool first_sentence = true;
    for (const Sentence& sentence : split_sentences(paragraph)) {
      const bool opens_paragraph = std::exchange(first_sentence, false);
      // Most sentences hold no number, and need no tokens nor dates.
      const std::vector<SpanishNumber> numbers = find_spanish_numbers(sentence.text, mark);
      if (numbers.empty()) continue;
      std::vector<Candidate> candidates = SentenceReader(sentence.text, mark).read(numbers);
      fill_left_out_units(candidates, sentence.text);
      join_compound_weights(candidates, sentence.text);
      if (!list_unit.empty() && opens_paragraph && !candidates.empty() &&
          candidates.front().begin == 0 && candidates.front().figure.unit.empty()) {
        candidates.front().figure.unit = list_unit;
      }
      for (Candidate& candidate : candidates) {
        Figure& figure = candidate.figure;
        if (figure.unit.empty()) continue;
        last_unit = figure.unit;
        const bool seen = std::any_of(figures.begin(), figures.end(), [&](const Figure& known) {
          return known.value == figure.value && known.unit == figure.unit;
        });
        if (!seen) figures.push_back(std::move(figure));
      }
    }
    if (trimmed.ends_with(':') && !last_unit.empty() && last_unit != kPercent) {
      list_unit = std::move(last_unit);
    }
  }
  return figures;
}

}  // namespace hemeroteca
