#include "entity_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "hemeroteca/indexer/text_util.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca::entities {
namespace {

constexpr UChar32 kNoBreakSpace = 0x00A0;

bool is_ascii_alnum(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_word_char(UChar32 c) {
  if (c < 0x80) return is_ascii_alnum(c);
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
}

// ICU's u_isspace() (tab to carriage return, the four separators, space), and no-break space.
bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return u_isspace(c) || c == kNoBreakSpace;
}

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

// Case flags, lower-case and folded forms of a word token; `ascii` when its bytes all are.
void describe(Token& token, bool ascii) {
  const std::string_view text = token.text;
  int letters = 0;
  int capitals = 0;
  bool first_is_capital = false;
  int parts = 1;  // hyphenated names keep a capital per part: "Gutiérrez-Niño"
  if (ascii) {
    // Most words: the same answers as ICU's without a call per letter, and folding ASCII
    // only lower-cases it.
    token.lower.resize(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      const bool capital = c >= 'A' && c <= 'Z';
      token.lower[i] = capital ? static_cast<char>(c + ('a' - 'A')) : c;
      if (!capital && !(c >= 'a' && c <= 'z')) {
        parts += c == '-' ? 1 : 0;
        continue;
      }
      if (letters == 0) first_is_capital = capital;
      ++letters;
      if (capital) ++capitals;
    }
    token.folded = token.lower;
  } else {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (c < 0) continue;
      parts += c == '-' ? 1 : 0;
      const bool ascii_capital = c >= 'A' && c <= 'Z';
      const bool ascii_letter = ascii_capital || (c >= 'a' && c <= 'z');
      if (c < 0x80) {
        token.lower.push_back(static_cast<char>(ascii_capital ? c + ('a' - 'A') : c));
      } else {
        append_utf8(token.lower, u_tolower(c));
      }
      if (c < 0x80 ? !ascii_letter : !u_isalpha(c)) continue;
      const bool capital = c < 0x80 ? ascii_capital : u_isupper(c);
      if (letters == 0) first_is_capital = capital;
      ++letters;
      if (capital) ++capitals;
    }
    token.folded = Analyzer::fold(text);
  }
  token.upper = letters >= 2 && capitals == letters;
  token.capitalized = first_is_capital && !token.upper && capitals <= parts;
  token.accented = !ascii && token.lower != token.folded;
  token.initial = first_is_capital;
}

// FNV-1a: short words hash faster than with std::hash.
std::size_t hash_word(std::string_view word) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return static_cast<std::size_t>(h);
}

// The token boundaries of `text`: on_word(begin, end, ascii) for each word, `ascii` when all
// its bytes are; on_mark(begin, end) for each mark; in order.
template <typename OnWord, typename OnMark>
void scan_tokens(std::string_view text, OnWord on_word, OnMark on_mark) {
  std::size_t i = 0;
  std::size_t word_start = std::string_view::npos;
  bool word_ascii = true;
  auto close_word = [&](std::size_t end) {
    if (word_start == std::string_view::npos) return;
    on_word(word_start, end, word_ascii);
    word_start = std::string_view::npos;
  };
  while (i < text.size()) {
    const std::size_t start = i;
    UChar32 c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;  // the same as U8_NEXT, without its bookkeeping
    } else {
      int32_t at = static_cast<int32_t>(i);
      U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()),
              c);
      i = static_cast<std::size_t>(at);
    }
    if (c >= 0 && is_word_char(c)) {
      if (word_start == std::string_view::npos) {
        word_start = start;
        word_ascii = true;
      }
      word_ascii = word_ascii && c < 0x80;
      continue;
    }
    // A hyphen between letters joins one word: "IMSS-Bienestar", "CONCANACO-SERVYTUR".
    if (c >= 0 && is_hyphen(c) && word_start != std::string_view::npos && i < text.size() &&
        is_word_char(next_code_point(text, i))) {
      word_ascii = word_ascii && c < 0x80;
      continue;
    }
    close_word(start);
    if (c < 0 || is_space(c)) continue;
    on_mark(start, i);
  }
  close_word(text.size());
}

// Appends the tokens of `text` to `tokens`.
void append_tokens(std::vector<Token>& tokens, std::string_view text, std::size_t paragraph,
                   std::size_t offset) {
  const auto add = [&](std::size_t begin, std::size_t end) -> Token& {
    Token& token = tokens.emplace_back();
    token.text = text.substr(begin, end - begin);
    token.paragraph = paragraph;
    token.begin = offset + begin;
    token.end = offset + end;
    return token;
  };
  scan_tokens(
      text,
      [&](std::size_t begin, std::size_t end, bool ascii) {
        Token& token = add(begin, end);
        token.word = true;
        describe(token, ascii);
        token.folded_hash = hash_word(token.folded);
      },
      [&](std::size_t begin, std::size_t end) {
        Token& token = add(begin, end);
        token.folded = std::string(token.text);
        token.lower = token.folded;
        token.folded_hash = hash_word(token.folded);
      });
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t paragraph, std::size_t offset) {
  std::vector<Token> tokens;
  append_tokens(tokens, text, paragraph, offset);
  return tokens;
}

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  scan_tokens(
      text, [&](std::size_t, std::size_t, bool) { ++words; }, [](std::size_t, std::size_t) {});
  return words;
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
  std::size_t bytes = 0;
  for (const std::string& text : texts) bytes += text.size();
  tokens.reserve(bytes / 4);  // Spanish runs about five bytes a token
  for (std::size_t p = 0; p < texts.size(); ++p) {
    for (const Sentence& sentence : split_sentences(texts[p])) {
      const std::size_t first = tokens.size();
      append_tokens(tokens, sentence.text, p, sentence.begin);
      for (std::size_t i = first; i < tokens.size(); ++i) tokens[i].sentence = sentences.size();
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
  auto& bucket = by_first_word_[tokens.front().folded_hash];
  bucket.push_back(std::move(entry));
  std::stable_sort(bucket.begin(), bucket.end(), [](const Phrase& a, const Phrase& b) {
    return a.folded.size() > b.folded.size();
  });
}

PhraseMatcher::Match PhraseMatcher::match(const Text& text, std::size_t i, std::size_t end) const {
  const auto it = by_first_word_.find(text[i].folded_hash);
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

// "lo": courts' "Tribunal de lo Contencioso Administrativo", "Juzgado de lo Familiar".
constexpr std::string_view kConnectors[] = {"de", "del",  "la",     "las", "los", "y",
                                            "e",  "para", "contra", "en",  "a",   "al",
                                            "el", "con",  "sobre",  "sin", "lo"};

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
    "instituto", "secretaria", "subsecretaria", "hospital", "hospitales", "unidad", "unidades",
    "direccion", "subdireccion", "coordinacion", "delegacion", "clinica", "centro", "programa",
    "plan", "sistema", "reunion", "sesion", "consejo", "comite", "comision", "gobierno", "estado",
    "republica", "nacional", "federal", "general", "salud", "social", "sociales", "seguro",
    "seguridad", "servicios", "servicio", "medica", "medicas", "medico", "medicos", "especialidad",
    "oficina", "oficinas", "representacion", "sector", "sindicato", "federacion", "universidad",
    "escuela", "colegio", "laboratorios", "congreso", "camara", "senado", "corte", "tribunal",
    "banco", "fondo", "asociacion", "fundacion", "organizacion", "conferencia", "jefatura",
    "division", "area", "departamento", "norte", "sur", "oriente", "poniente", "zona", "region",
    "ciudad", "municipio", "ayuntamiento", "auditorio", "lunes", "martes", "miercoles", "jueves",
    "viernes", "sabado", "domingo", "boletin", "responsable",
    // Military titles: "el general de Brigada Diplomado de Estado Mayor Claudio Huizar".
    "mayor", "diplomado", "brigada"};

// Capitalised in dates ("3 de Julio de 2021"), but also first names and surnames ("Julio
// León", "Abril Mendoza", "Zambada Mayo").
constexpr std::string_view kMonths[] = {"enero",      "febrero", "marzo",     "abril",
                                        "mayo",       "junio",   "julio",     "agosto",
                                        "septiembre", "octubre", "noviembre", "diciembre"};

constexpr WordSet kConnectorSet(kConnectors);
constexpr WordSet kPrepositionSet(kPrepositions);
constexpr WordSet kFunctionWordSet(kFunctionWords);
constexpr WordSet kNotNameWordSet(kNotNameWords);
constexpr WordSet kMonthSet(kMonths);

}  // namespace

bool is_name_particle(std::string_view folded) { return in(kParticles, folded); }
bool is_connector(std::string_view folded) { return kConnectorSet.contains(folded); }
bool is_preposition(std::string_view folded) { return kPrepositionSet.contains(folded); }
bool is_article(std::string_view folded) { return in(kArticles, folded); }
bool is_function_word(std::string_view folded) { return kFunctionWordSet.contains(folded); }
bool is_not_name_word(std::string_view folded) { return kNotNameWordSet.contains(folded); }
bool is_month(std::string_view folded) { return kMonthSet.contains(folded); }

bool is_ordinal(std::string_view folded) {
  static constexpr std::string_view kStems[] = {
      "primer",       "segund",    "tercer",      "cuart",     "quint",
      "sext",         "septim",    "octav",       "noven",     "decim",
      "undecim",      "duodecim",  "vigesim",     "trigesim",  "cuadragesim",
      "quincuagesim", "sexagesim", "septuagesim", "octogesim", "nonagesim"};
  for (const std::string_view stem : kStems) {
    if (!folded.starts_with(stem)) continue;
    const std::string_view ending = folded.substr(stem.size());
    if (ending.empty() || ending == "a" || ending == "o") return true;
  }
  return false;
}

// M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3}), read left to right: no later part
// can take a letter an earlier one leaves, so reading greedily decides.
bool is_roman_numeral(std::string_view text) {
  std::size_t i = 0;
  const auto repeat = [&](char letter, int most) {
    for (int n = 0; n < most && i < text.size() && text[i] == letter; ++n) ++i;
  };
  const auto digit = [&](char one, char five, char ten) {
    if (i + 1 < text.size() && text[i] == one && (text[i + 1] == ten || text[i + 1] == five)) {
      i += 2;
      return;
    }
    if (i < text.size() && text[i] == five) ++i;
    repeat(one, 3);
  };
  repeat('M', 3);
  digit('C', 'D', 'M');
  digit('X', 'L', 'C');
  digit('I', 'V', 'X');
  return !text.empty() && i == text.size();
}

bool is_punct(const Token& token, std::string_view mark) {
  return !token.word && token.text == mark;
}

// "―" and "‖" are the quotation marks of some PDFs' fonts, read without their mapping.
bool is_open_quote(std::string_view mark) {
  return mark == "\u201C" || mark == "\u00AB" || mark == "\"" || mark == "\u2018" ||
         mark == "\u2015";
}

bool is_close_quote(std::string_view mark) {
  return mark == "\u201D" || mark == "\u00BB" || mark == "\"" || mark == "\u2019" ||
         mark == "\u2016";
}

}  // namespace hemeroteca::entities
