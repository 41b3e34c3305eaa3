#include "entity_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <regex>

#include "hemeroteca/indexer/text_util.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca::entities {
namespace {

constexpr UChar32 kNoBreakSpace = 0x00A0;

bool is_word_char(UChar32 c) { return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK; }

bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

UChar32 next_code_point(std::string_view text, std::size_t at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c;
}

void append_utf8(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

// Case flags and lower-case form of a word token.
void describe(Token& token) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(token.text.data());
  const auto length = static_cast<int32_t>(token.text.size());
  int letters = 0;
  int capitals = 0;
  bool first_is_capital = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;
    append_utf8(token.lower, u_tolower(c));
    if (!u_isalpha(c)) continue;
    if (letters == 0) first_is_capital = u_isupper(c);
    ++letters;
    if (u_isupper(c)) ++capitals;
  }
  token.folded = Analyzer::fold(token.text);
  token.upper = letters >= 2 && capitals == letters;
  // Hyphenated names keep a capital per part: "Gutiérrez-Niño".
  int parts = 1 + static_cast<int>(std::count(token.text.begin(), token.text.end(), '-'));
  token.capitalized = first_is_capital && !token.upper && capitals <= parts;
  token.accented = token.lower != token.folded;
  token.initial = first_is_capital;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t paragraph, std::size_t offset) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  std::size_t word_start = std::string_view::npos;
  auto close_word = [&](std::size_t end) {
    if (word_start == std::string_view::npos) return;
    Token token;
    token.text = text.substr(word_start, end - word_start);
    token.paragraph = paragraph;
    token.begin = offset + word_start;
    token.end = offset + end;
    token.word = true;
    describe(token);
    tokens.push_back(std::move(token));
    word_start = std::string_view::npos;
  };
  while (i < text.size()) {
    const std::size_t start = i;
    int32_t at = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()),
            c);
    i = static_cast<std::size_t>(at);
    if (c >= 0 && is_word_char(c)) {
      if (word_start == std::string_view::npos) word_start = start;
      continue;
    }
    // A hyphen between letters joins one word: "IMSS-Bienestar", "CONCANACO-SERVYTUR".
    if (c >= 0 && is_hyphen(c) && word_start != std::string_view::npos && i < text.size() &&
        is_word_char(next_code_point(text, i))) {
      continue;
    }
    close_word(start);
    if (c < 0 || u_isspace(c) || c == kNoBreakSpace) continue;
    Token mark;
    mark.text = text.substr(start, i - start);
    mark.folded = std::string(mark.text);
    mark.lower = mark.folded;
    mark.paragraph = paragraph;
    mark.begin = offset + start;
    mark.end = offset + i;
    tokens.push_back(std::move(mark));
  }
  close_word(text.size());
  return tokens;
}

namespace {

// Capitals over most of a sentence mean a title, a heading or a sign-off ("ATENTAMENTE"),
// where capitals say nothing.
bool is_shouting(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  int words = 0;
  int upper = 0;
  for (std::size_t i = first; i < last; ++i) {
    if (!tokens[i].word || tokens[i].text.size() < 2) continue;
    ++words;
    if (tokens[i].upper) ++upper;
  }
  return upper >= 1 && upper * 10 >= words * 6;
}

}  // namespace

Text::Text(const std::vector<std::string>& texts) : paragraphs(texts) {
  for (std::size_t p = 0; p < texts.size(); ++p) {
    for (const Sentence& sentence : split_sentences(texts[p])) {
      std::vector<Token> words = tokenize(sentence.text, p, sentence.begin);
      const std::size_t first = tokens.size();
      for (Token& token : words) {
        token.sentence = sentences.size();
        tokens.push_back(std::move(token));
      }
      sentences.emplace_back(first, tokens.size());
      shouting.push_back(is_shouting(tokens, first, tokens.size()));
    }
  }
  owner.assign(tokens.size(), Owner::kNone);
}

std::string_view Text::span(std::size_t first, std::size_t last) const {
  const Token& a = tokens[first];
  const Token& b = tokens[last];
  return std::string_view(paragraphs[a.paragraph]).substr(a.begin, b.end - a.begin);
}

void PhraseMatcher::add(std::string_view phrase, std::size_t target) {
  const std::vector<Token> tokens = tokenize(phrase, 0, 0);
  if (tokens.empty()) return;
  Phrase entry;
  entry.target = target;
  for (const Token& token : tokens) {
    entry.folded.push_back(token.folded);
    entry.casing.push_back(token.upper ? 'u' : token.capitalized ? 'c' : 'l');
  }
  auto& bucket = by_first_word_[entry.folded.front()];
  bucket.push_back(std::move(entry));
  std::stable_sort(bucket.begin(), bucket.end(), [](const Phrase& a, const Phrase& b) {
    return a.folded.size() > b.folded.size();
  });
}

PhraseMatcher::Match PhraseMatcher::match(const Text& text, std::size_t i, std::size_t end) const {
  const auto it = by_first_word_.find(text[i].folded);
  if (it == by_first_word_.end()) return {};
  for (const Phrase& phrase : it->second) {
    if (i + phrase.folded.size() > end) continue;
    bool ok = true;
    for (std::size_t k = 0; k < phrase.folded.size() && ok; ++k) {
      const Token& token = text[i + k];
      ok = token.folded == phrase.folded[k] && text.free(i + k);
      if (phrase.casing[k] == 'c') ok = ok && (token.capitalized || token.upper);
      if (phrase.casing[k] == 'u') ok = ok && token.upper;
    }
    if (ok) return {phrase.folded.size(), phrase.target};
  }
  return {};
}

namespace {

template <std::size_t N>
bool in(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

constexpr std::string_view kParticles[] = {"de", "del", "la", "las", "los", "y"};

constexpr std::string_view kConnectors[] = {"de", "del",  "la",     "las", "los", "y",
                                            "e",  "para", "contra", "en",  "a",   "al",
                                            "el", "con",  "sobre",  "sin"};

constexpr std::string_view kPrepositions[] = {
    "de",    "del",   "a",     "al",   "con",   "por",    "para",  "ante", "sin",  "sobre",
    "entre", "hacia", "segun", "tras", "desde", "contra", "junto", "bajo", "hasta"};

constexpr std::string_view kArticles[] = {"el", "la", "los", "las"};

constexpr std::string_view kFunctionWords[] = {"el",         "la",
                                               "los",        "las",
                                               "un",         "una",
                                               "en",         "de",
                                               "del",        "al",
                                               "a",          "y",
                                               "e",          "o",
                                               "con",        "por",
                                               "para",       "ante",
                                               "durante",    "tras",
                                               "segun",      "sin",
                                               "sobre",      "desde",
                                               "hasta",      "entre",
                                               "ademas",     "tambien",
                                               "asimismo",   "mientras",
                                               "asi",        "este",
                                               "esta",       "estos",
                                               "estas",      "ese",
                                               "esa",        "su",
                                               "sus",        "como",
                                               "cuando",     "luego",
                                               "incluso",    "finalmente",
                                               "igualmente", "posteriormente"};

// Capitalised words that are never part of a person's name in a bulletin.
constexpr std::string_view kNotNameWords[] = {
    "instituto",    "secretaria", "subsecretaria", "hospital",     "hospitales",   "unidad",
    "unidades",     "direccion",  "subdireccion",  "coordinacion", "delegacion",   "clinica",
    "centro",       "programa",   "plan",          "sistema",      "reunion",      "sesion",
    "consejo",      "comite",     "comision",      "gobierno",     "estado",       "republica",
    "nacional",     "federal",    "general",       "salud",        "social",       "sociales",
    "seguro",       "seguridad",  "servicios",     "servicio",     "medica",       "medicas",
    "medico",       "medicos",    "especialidad",  "oficina",      "oficinas",     "representacion",
    "sector",       "sindicato",  "federacion",    "universidad",  "escuela",      "colegio",
    "laboratorios", "congreso",   "camara",        "senado",       "corte",        "tribunal",
    "banco",        "fondo",      "asociacion",    "fundacion",    "organizacion", "conferencia",
    "jefatura",     "division",   "area",          "departamento", "norte",        "sur",
    "oriente",      "poniente",   "zona",          "region",       "ciudad",       "municipio",
    "ayuntamiento", "auditorio",  "enero",         "febrero",      "marzo",        "abril",
    "mayo",         "junio",      "julio",         "agosto",       "septiembre",   "octubre",
    "noviembre",    "diciembre",  "lunes",         "martes",       "miercoles",    "jueves",
    "viernes",      "sabado",     "domingo",       "boletin"};

}  // namespace

bool is_name_particle(std::string_view folded) { return in(kParticles, folded); }
bool is_connector(std::string_view folded) { return in(kConnectors, folded); }
bool is_preposition(std::string_view folded) { return in(kPrepositions, folded); }
bool is_article(std::string_view folded) { return in(kArticles, folded); }
bool is_function_word(std::string_view folded) { return in(kFunctionWords, folded); }
bool is_not_name_word(std::string_view folded) { return in(kNotNameWords, folded); }

bool is_roman_numeral(std::string_view text) {
  static const std::regex kRoman("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
  return !text.empty() && std::regex_match(text.begin(), text.end(), kRoman);
}

bool is_punct(const Token& token, std::string_view mark) {
  return !token.word && token.text == mark;
}

bool is_open_quote(std::string_view mark) {
  return mark == "\u201C" || mark == "\u00AB" || mark == "\"" || mark == "\u2018";
}

bool is_close_quote(std::string_view mark) {
  return mark == "\u201D" || mark == "\u00BB" || mark == "\"" || mark == "\u2019";
}

}  // namespace hemeroteca::entities
