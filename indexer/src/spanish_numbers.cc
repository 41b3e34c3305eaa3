#include "hemeroteca/indexer/spanish_numbers.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <string>
#include <utility>

#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca {
namespace {

struct NumberWord {
  std::string_view word;  // folded
  int value;
};

constexpr std::array<NumberWord, 34> kBelowThirty = {
    {{"cero", 0},          {"un", 1},           {"una", 1},         {"uno", 1},
     {"dos", 2},           {"tres", 3},         {"cuatro", 4},      {"cinco", 5},
     {"seis", 6},          {"siete", 7},        {"ocho", 8},        {"nueve", 9},
     {"diez", 10},         {"once", 11},        {"doce", 12},       {"trece", 13},
     {"catorce", 14},      {"quince", 15},      {"dieciseis", 16},  {"diecisiete", 17},
     {"dieciocho", 18},    {"diecinueve", 19},  {"veinte", 20},     {"veintiun", 21},
     {"veintiuno", 21},    {"veintiuna", 21},   {"veintidos", 22},  {"veintitres", 23},
     {"veinticuatro", 24}, {"veinticinco", 25}, {"veintiseis", 26}, {"veintisiete", 27},
     {"veintiocho", 28},   {"veintinueve", 29}}};

constexpr std::array<NumberWord, 7> kTens = {{{"treinta", 30},
                                              {"cuarenta", 40},
                                              {"cincuenta", 50},
                                              {"sesenta", 60},
                                              {"setenta", 70},
                                              {"ochenta", 80},
                                              {"noventa", 90}}};

constexpr std::array<NumberWord, 18> kHundreds = {{{"cien", 100},
                                                   {"ciento", 100},
                                                   {"doscientos", 200},
                                                   {"doscientas", 200},
                                                   {"trescientos", 300},
                                                   {"trescientas", 300},
                                                   {"cuatrocientos", 400},
                                                   {"cuatrocientas", 400},
                                                   {"quinientos", 500},
                                                   {"quinientas", 500},
                                                   {"seiscientos", 600},
                                                   {"seiscientas", 600},
                                                   {"setecientos", 700},
                                                   {"setecientas", 700},
                                                   {"ochocientos", 800},
                                                   {"ochocientas", 800},
                                                   {"novecientos", 900},
                                                   {"novecientas", 900}}};

template <std::size_t N>
std::optional<int> look_up(const std::array<NumberWord, N>& table, std::string_view word) {
  for (const NumberWord& entry : table) {
    if (entry.word == word) return entry.value;
  }
  return std::nullopt;
}

std::optional<int> below_thirty(std::string_view word) { return look_up(kBelowThirty, word); }

bool is_article(std::string_view word) { return word == "un" || word == "una" || word == "uno"; }

// Scale nouns and their multipliers; "mil" is an adjective and handled apart.
std::optional<double> million_scale(std::string_view word) {
  if (word == "millon" || word == "millones") return 1e6;
  if (word == "billon" || word == "billones") return 1e12;
  return std::nullopt;
}

UChar32 code_point_at(std::string_view text, std::size_t at, std::size_t* next = nullptr) {
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  if (next != nullptr) *next = static_cast<std::size_t>(i);
  return c;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// ASCII first: ICU gives the same answers, at the cost of a call per character.
bool is_letter(UChar32 c) { return c < 0x80 ? is_ascii_letter(c) : c > 0 && u_isalpha(c); }
bool is_alnum(UChar32 c) {
  return c < 0x80 ? is_ascii_letter(c) || (c >= '0' && c <= '9') : c > 0 && u_isalnum(c);
}

// The words a quantity may begin with besides the tables: scale words and "medio".
constexpr std::string_view kOtherFirstWords[] = {"mil",      "millon", "millones", "billon",
                                                 "billones", "medio",  "media"};

// Every word a quantity may begin with, folded, as a hash table built at compile time, with
// the pairs of letters they begin with: most words of a text are none of them, and most of
// those do not even begin like one.
class FirstWords {
 public:
  constexpr FirstWords() {
    for (const NumberWord& entry : kBelowThirty) add(entry.word);
    for (const NumberWord& entry : kTens) add(entry.word);
    for (const NumberWord& entry : kHundreds) add(entry.word);
    for (const std::string_view word : kOtherFirstWords) add(word);
  }
  // `a` and `b` are lower-case ASCII letters.
  constexpr bool begins(char a, char b) const { return pairs_[pair(a, b)]; }
  constexpr bool contains(std::string_view word) const {
    for (std::size_t slot = hash(word) & kMask; !slots_[slot].empty(); slot = (slot + 1) & kMask) {
      if (slots_[slot] == word) return true;
    }
    return false;
  }
  constexpr std::size_t longest() const { return longest_; }

 private:
  // 256 slots for fewer than 70 words, and FNV-1a to place them.
  static constexpr std::size_t kMask = 255;
  static constexpr std::uint32_t hash(std::string_view word) {
    std::uint32_t h = 2166136261u;
    for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  static constexpr std::size_t pair(char a, char b) {
    return static_cast<std::size_t>(a - 'a') * 26 + static_cast<std::size_t>(b - 'a');
  }
  constexpr void add(std::string_view word) {
    std::size_t slot = hash(word) & kMask;
    while (!slots_[slot].empty()) slot = (slot + 1) & kMask;
    slots_[slot] = word;
    longest_ = std::max(longest_, word.size());
    pairs_[pair(word[0], word[1])] = true;
  }

  std::array<std::string_view, kMask + 1> slots_{};
  std::size_t longest_ = 0;
  std::array<bool, 26 * 26> pairs_{};
};

constexpr FirstWords kFirstWords;
constexpr std::size_t kPlainWordBuffer = 16;
static_assert(kFirstWords.longest() < kPlainWordBuffer);

// Whether the word at `at` is written in ASCII letters and is none of kFirstWords, so no
// quantity begins there; false when it holds other letters, which only folding can tell.
bool is_plain_non_number_word(std::string_view text, std::size_t at) {
  std::array<char, kPlainWordBuffer> lower;
  std::size_t length = 0;
  for (; at < text.size() && is_ascii_letter(text[at]); ++at) {
    if (length == lower.size()) return true;  // longer than any number word
    const char c = text[at];
    lower[length++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    // Whatever follows, the folded word begins with these two letters.
    if (length == 2 && !kFirstWords.begins(lower[0], lower[1])) return true;
  }
  if (at < text.size() && (text[at] & 0x80) != 0) return false;
  if (length < 2) return true;  // every number word has two letters or more
  return !kFirstWords.contains(std::string_view(lower.data(), length));
}

// True when no letter or digit touches `at` from the left.
bool starts_word(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return !is_alnum(c);
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    if (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r') {
      ++at;
    } else if (text.compare(at, 2, "\u00A0") == 0) {
      at += 2;
    } else {
      break;
    }
  }
  return at;
}

struct Word {
  std::string folded;
  std::size_t end = 0;
};

// The run of letters that starts at `at`, folded; empty when no letter starts there.
Word read_word(std::string_view text, std::size_t at) {
  std::size_t end = at;
  bool ascii = true;
  while (end < text.size()) {
    if (is_ascii_letter(text[end])) {
      ++end;
      continue;
    }
    std::size_t next = 0;
    if (!is_letter(code_point_at(text, end, &next))) break;
    ascii = false;
    end = next;
  }
  const std::string_view letters = text.substr(at, end - at);
  if (!ascii) return {Analyzer::fold(letters), end};
  // Folding ASCII letters only lower-cases them.
  Word word{std::string(letters), end};
  for (char& c : word.folded) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
  return word;
}

// Three digits at `at` that no fourth digit follows: one thousands group.
bool is_group_of_three(std::string_view text, std::size_t at) {
  return at + 3 <= text.size() && is_digit(text[at]) && is_digit(text[at + 1]) &&
         is_digit(text[at + 2]) && (at + 3 == text.size() || !is_digit(text[at + 3]));
}

// Length of a thousands separator at `at` that a group of three follows, or 0: a comma, an
// apostrophe, or a space as INEGI and the SI group digits ("2 162 535 nacimientos"), plain,
// no-break or thin. Where commas mark decimals, only the spaces ("396 550 personas", "el 6,5 %").
std::size_t separator_before_group(std::string_view text, std::size_t at, bool comma_decimals) {
  std::size_t length = 0;
  if (text.compare(at, 1, " ") == 0) {
    length = 1;
  } else if (text.compare(at, 2, "\u00A0") == 0) {
    length = 2;
  } else if (text.compare(at, 3, "\u2009") == 0 || text.compare(at, 3, "\u202F") == 0) {
    length = 3;
  } else if (!comma_decimals && (text.compare(at, 1, ",") == 0 || text.compare(at, 1, "'") == 0)) {
    length = 1;
  } else if (!comma_decimals && text.compare(at, 3, "\u2019") == 0) {
    length = 3;
  }
  return length > 0 && is_group_of_three(text, at + length) ? length : 0;
}

// Whether a percent follows `at`, after a space at most: "%", "por ciento".
bool percent_follows(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == ' ') ++at;
  return text.compare(at, 1, "%") == 0 || text.compare(at, 10, "por ciento") == 0;
}

// Length of a decimal comma and its digits at `at` in a percentage written as most of the
// Spanish-speaking world writes decimals ("50,9%", "12,35 por ciento"), or 0: there a comma
// before fewer than three digits groups no thousands.
std::size_t decimal_comma_in_percent(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != ',') return 0;
  std::size_t end = at + 1;
  while (end < text.size() && is_digit(text[end])) ++end;
  const std::size_t digits = end - at - 1;
  return digits >= 1 && digits <= 2 && percent_follows(text, end) ? end - at : 0;
}

struct Amount {
  double value = 0;
  std::size_t end = 0;
  bool article = false;  // a lone "un"/"una"/"uno"
};

// Whether "mil" or "millones" starts right at `at`, glued to the digits before it: "6mil 430
// casillas", "12millones".
bool scale_glued(std::string_view text, std::size_t at) {
  for (const std::string_view scale : {"mil", "millones", "millón", "millon"}) {
    if (text.compare(at, scale.size(), scale) == 0 &&
        (at + scale.size() == text.size() || !is_letter(code_point_at(text, at + scale.size())))) {
      return true;
    }
  }
  return false;
}

// Whether things counted follow the digits that end at `at`: a plural noun after a space
// ("3.960 personas", "1.658 palmicultores"). Not a scale ("2.345 millones"), nor a measure
// ("1.852 kilómetros" is a nautical mile), nor money, whose exchange rates run to three
// decimals ("19.875 pesos por dólar").
bool counted_noun_follows(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != ' ' || !u_islower(code_point_at(text, at + 1))) {
    return false;
  }
  const Word word = read_word(text, at + 1);
  if (word.folded.size() < 3 || !word.folded.ends_with('s')) return false;
  static constexpr std::array<std::string_view, 24> kNotCounted = {
      "millones",   "billones",   "miles",  "pesos",      "dolares",     "euros",
      "centavos",   "puntos",     "metros", "kilometros", "centimetros", "milimetros",
      "kilos",      "kilogramos", "gramos", "miligramos", "toneladas",   "litros",
      "mililitros", "hectareas",  "millas", "grados",     "horas",       "minutos"};
  return std::find(kNotCounted.begin(), kNotCounted.end(), word.folded) == kNotCounted.end();
}

// The digits at `at` as `mark` writes them: Mexico's groups of three after commas (or
// apostrophes, spaces) and decimals after a period; or, as most of the Spanish-speaking world
// writes them, groups after periods and decimals after a comma ("38.721,72", "65,4").
std::optional<Amount> read_digits(std::string_view text, std::size_t at, DecimalMark mark) {
  const bool comma_decimals = mark == DecimalMark::kComma;
  std::size_t end = at;
  while (end < text.size() && is_digit(text[end])) ++end;
  std::string plain(text.substr(at, end - at));
  if (plain.size() <= 3) {
    while (std::size_t length = separator_before_group(text, end, comma_decimals)) {
      plain.append(text.substr(end + length, 3));
      end += length + 3;
    }
    std::size_t probe = end;
    std::string dotted;
    while (probe < text.size() && text[probe] == '.' && is_group_of_three(text, probe + 1)) {
      dotted.append(text.substr(probe + 1, 3));
      probe += 4;
    }
    // With a decimal period, "1.500.000" (two dotted groups or more) is thousands still, and
    // so are "32.000 menores" (three zeros are no decimals) and "3.960 personas" (no one
    // counts people to three decimals).
    if (comma_decimals || dotted.size() >= 6 || dotted == "000" ||
        (dotted.size() == 3 && counted_noun_follows(text, probe))) {
      plain += dotted;
      end = probe;
    }
  }
  const char decimal = comma_decimals ? ',' : '.';
  if (end + 1 < text.size() && text[end] == decimal && is_digit(text[end + 1])) {
    plain.push_back('.');
    for (++end; end < text.size() && is_digit(text[end]); ++end) plain.push_back(text[end]);
  } else if (const std::size_t comma = comma_decimals ? 0 : decimal_comma_in_percent(text, end);
             comma > 0) {
    plain.push_back('.');
    plain.append(text.substr(end + 1, comma - 1));
    end += comma;
  }
  if (end < text.size() && is_letter(code_point_at(text, end)) && !scale_glued(text, end)) {
    return std::nullopt;
  }
  Amount amount;
  amount.end = end;
  std::from_chars(plain.data(), plain.data() + plain.size(), amount.value);
  return amount;
}

// "cinco", "veintitrés", "treinta y cinco", starting with `word`.
std::optional<Amount> read_below_hundred(std::string_view text, const Word& word) {
  if (const auto value = below_thirty(word.folded)) {
    return Amount{static_cast<double>(*value), word.end, is_article(word.folded)};
  }
  const auto tens = look_up(kTens, word.folded);
  if (!tens) return std::nullopt;
  Amount amount{static_cast<double>(*tens), word.end, false};
  const Word joiner = read_word(text, skip_spaces(text, word.end));
  if (joiner.folded != "y") return amount;
  const Word unit = read_word(text, skip_spaces(text, joiner.end));
  const auto unit_value = below_thirty(unit.folded);
  if (unit_value && *unit_value >= 1 && *unit_value <= 9) {
    amount.value += *unit_value;
    amount.end = unit.end;
  }
  return amount;
}

// A number below a thousand in words: "doscientos", "ciento veinte", "siete", starting with
// `word`.
std::optional<Amount> read_small_words(std::string_view text, const Word& word) {
  const auto hundreds = look_up(kHundreds, word.folded);
  if (!hundreds) return read_below_hundred(text, word);
  Amount amount{static_cast<double>(*hundreds), word.end, false};
  if (word.folded == "cien") return amount;
  const auto rest = read_below_hundred(text, read_word(text, skip_spaces(text, word.end)));
  if (rest && rest->value > 0) {
    amount.value += rest->value;
    amount.end = rest->end;
  } else if (word.folded == "ciento") {
    return std::nullopt;  // "por ciento" is no hundred
  }
  return amount;
}

// The state of one left-to-right reading; see the grammar in the header.
class NumberReader {
 public:
  NumberReader(std::string_view text, std::size_t at, DecimalMark mark)
      : text_(text), begin_(at), mark_(mark) {}

  std::optional<SpanishNumber> read() {
    std::size_t pos = begin_;
    for (bool first = true;; first = false) {
      const std::size_t start = first ? pos : skip_spaces(text_, pos);
      // Words are parted by spaces, but for a scale glued to its digits ("6mil 430").
      const bool glued = !first && pos > 0 && is_digit(text_[pos - 1]) && scale_glued(text_, pos);
      if ((!first && start == pos && !glued) || start >= text_.size()) break;
      const std::optional<std::size_t> end = step(start);
      if (!end) break;
      pos = *end;
    }
    return best_;
  }

 private:
  // Reads one token at `start`; returns where it ends, or nullopt to stop before it.
  std::optional<std::size_t> step(std::size_t start) {
    if (is_digit(text_[start])) {
      const auto amount = read_digits(text_, start, mark_);
      return amount ? take_small(*amount) : std::nullopt;
    }
    const Word word = read_word(text_, start);
    if (word.folded == "punto") return take_decimals(word.end);
    if (!kFirstWords.contains(word.folded)) return std::nullopt;
    if (word.folded == "mil") return take_thousand(word.end);
    if (const auto scale = million_scale(word.folded)) return take_million(*scale, word.end);
    if (word.folded == "medio" || word.folded == "media") {
      if (has_small_ || segment_has_thousand_) return std::nullopt;
      const Word next = read_word(text_, skip_spaces(text_, word.end));
      if (!million_scale(next.folded)) return std::nullopt;
      return take_small(Amount{0.5, word.end, true});
    }
    const auto amount = read_small_words(text_, word);
    return amount ? take_small(*amount) : std::nullopt;
  }

  std::optional<std::size_t> take_small(const Amount& amount) {
    if (has_small_) return std::nullopt;  // "2019 2020" are two numbers
    if (segment_has_thousand_ && amount.value >= 1000) return std::nullopt;
    if (last_million_ > 0 && amount.value >= 1e6) return std::nullopt;
    small_ = amount.value;
    has_small_ = true;
    small_article_ = amount.article;
    // A lone article or "medio" becomes a number only when a scale word follows, and so does
    // an amount right after "millones" ("un millón 200 mil", not "5 millones 300").
    if (!amount.article && !after_million_) remember(amount.end, false);
    return amount.end;
  }

  // "cero punto trece", "cinco punto cero cuatro": the decimals said in words after "punto",
  // each word giving its digits (0.13, 5.04). Only after a plain amount below a thousand.
  std::optional<std::size_t> take_decimals(std::size_t end) {
    if (!has_small_ || small_article_ || group_ != 0 || total_ != 0 ||
        small_ != static_cast<int>(small_)) {
      return std::nullopt;
    }
    std::string digits;
    for (std::size_t at = skip_spaces(text_, end);;) {
      const Word word = read_word(text_, at);
      const auto amount = word.folded.empty() ? std::nullopt : read_small_words(text_, word);
      if (!amount || amount->article) break;
      digits += std::to_string(static_cast<int>(amount->value));
      end = amount->end;
      at = skip_spaces(text_, end);
    }
    if (digits.empty()) return std::nullopt;
    const std::string fraction = "0." + digits;
    double value = 0;
    std::from_chars(fraction.data(), fraction.data() + fraction.size(), value);
    small_ += value;
    remember(end, false);
    return end;
  }

  std::optional<std::size_t> take_thousand(std::size_t end) {
    if (segment_has_thousand_) return std::nullopt;  // "mil mil"
    group_ += (has_small_ ? small_ : 1) * 1000;
    has_small_ = false;
    segment_has_thousand_ = true;
    after_million_ = false;
    remember(end, false);
    return end;
  }

  std::optional<std::size_t> take_million(double scale, std::size_t end) {
    const double amount = group_ + (has_small_ ? small_ : 0);
    if (amount <= 0) return std::nullopt;  // "millones de personas" says no amount
    if (last_million_ > 0 && scale >= last_million_) return std::nullopt;
    total_ += amount * scale;
    group_ = 0;
    has_small_ = false;
    segment_has_thousand_ = false;
    last_million_ = scale;
    after_million_ = true;
    const Word joiner = read_word(text_, skip_spaces(text_, end));
    if (joiner.folded == "y") {
      const Word half = read_word(text_, skip_spaces(text_, joiner.end));
      if (half.folded == "medio" || half.folded == "media") {
        total_ += scale / 2;
        end = half.end;
      }
    }
    remember(end, true);
    return end;
  }

  void remember(std::size_t end, bool scale_noun) {
    best_ = SpanishNumber{total_ + group_ + (has_small_ ? small_ : 0), begin_, end, scale_noun};
  }

  std::string_view text_;
  std::size_t begin_;
  DecimalMark mark_;
  double total_ = 0;  // amounts already multiplied by a million or more
  double group_ = 0;  // the thousands of the current segment
  double small_ = 0;  // the last amount below a thousand (or a digit run), not yet scaled
  bool has_small_ = false;
  bool small_article_ = false;  // the small amount is a lone "un"/"una" ("un punto de acuerdo")
  bool segment_has_thousand_ = false;
  bool after_million_ = false;  // the last scale word read was "millón" or larger
  double last_million_ = 0;     // the last "millón"/"billón" scale applied, 0 before any
  std::optional<SpanishNumber> best_;
};

}  // namespace

std::optional<SpanishNumber> read_spanish_number(std::string_view text, std::size_t at,
                                                 DecimalMark mark) {
  if (at >= text.size() || !starts_word(text, at) || !is_alnum(code_point_at(text, at))) {
    return std::nullopt;
  }
  // Most words are no number: tell them without reading them.
  if (is_ascii_letter(text[at]) && is_plain_non_number_word(text, at)) return std::nullopt;
  return NumberReader(text, at, mark).read();
}

DecimalMark decimal_mark_of(const std::vector<std::string>& texts) {
  std::size_t comma_only = 0;  // numbers only the comma's usage reads
  std::size_t point_only = 0;  // and only Mexico's
  for (const std::string& text : texts) {
    for (std::size_t at = 0; at < text.size();) {
      if (!is_digit(text[at]) ||
          (at > 0 && (is_digit(text[at - 1]) || text[at - 1] == '.' || text[at - 1] == ','))) {
        ++at;
        continue;
      }
      // The run of digits and their marks: "38.721,72", "1,500", "80.000".
      std::size_t end = at;
      std::size_t lead = 0;  // digits before the first mark
      std::size_t periods = 0;
      std::size_t commas = 0;
      std::size_t last_digits = 0;  // digits after the last mark
      char last_mark = 0;
      while (end < text.size()) {
        if (is_digit(text[end])) {
          ++(last_mark == 0 ? lead : last_digits);
        } else if ((text[end] == '.' || text[end] == ',') && end + 1 < text.size() &&
                   is_digit(text[end + 1])) {
          ++(text[end] == '.' ? periods : commas);
          last_mark = text[end];
          last_digits = 0;
        } else {
          break;
        }
        ++end;
      }
      const std::string_view after = std::string_view(text).substr(end);
      at = end;
      if (last_mark == 0 || lead > 3) continue;
      const bool amount_follows = percent_follows(text, end) || after.starts_with(" millones") ||
                                  after.starts_with(" mil ") || after.starts_with(" millón");
      if (periods > 0 && last_mark == ',' && last_digits <= 2) {
        ++comma_only;  // "38.721,72"
      } else if (periods == 0 && commas == 1 && last_digits <= 2 && amount_follows) {
        ++comma_only;  // "65,4 millones", "9,4%"
      } else if (commas == 0 && last_digits == 3 &&
                 (periods >= 2 || std::string_view(text).substr(end - 2, 2) == "00")) {
        ++comma_only;  // "1.533.173", "80.000", "7.500 millones": no decimals end so
      } else if (periods == 1 && commas == 0 && last_digits == 3 &&
                 (after.starts_with(" euros") || after.starts_with(" \u20ac") ||
                  after.starts_with(" pesos") || after.starts_with(" d\u00f3lares"))) {
        ++comma_only;  // "514.630 euros": money is never written to thousandths
      } else if (periods == 0 && commas > 0 && last_digits == 3) {
        ++point_only;  // "1,500", "20,933,050"
      } else if (commas > 0 && last_mark == '.') {
        ++point_only;  // "1,500.75"
      } else if (periods == 1 && commas == 0 && last_digits <= 2 && amount_follows) {
        ++point_only;  // "3.5 millones", "2.5%"
      }
    }
  }
  return comma_only > 0 && point_only == 0 ? DecimalMark::kComma : DecimalMark::kPoint;
}

std::vector<SpanishNumber> find_spanish_numbers(std::string_view text, DecimalMark mark) {
  std::vector<SpanishNumber> numbers;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t next = at + 1;
    if ((text[at] & 0x80) == 0 ? !is_alnum(text[at]) : !is_alnum(code_point_at(text, at, &next))) {
      at = next;
      continue;
    }
    // Plain words are told here, without a call that checks everything again.
    const bool plain_word = is_ascii_letter(text[at]) && is_plain_non_number_word(text, at);
    if (!plain_word && starts_word(text, at)) {
      if (auto number = read_spanish_number(text, at, mark)) {
        at = number->end;
        numbers.push_back(*number);
        continue;
      }
    }
    // Skip the rest of this word or digit run: numbers start only at word boundaries.
    while (at < text.size()) {
      next = at + 1;
      if ((text[at] & 0x80) == 0 ? !is_alnum(text[at])
                                 : !is_alnum(code_point_at(text, at, &next))) {
        break;
      }
      at = next;
    }
  }
  return numbers;
}

}  // namespace hemeroteca
