// Organizations: "Full Name (ACRONYM)" pairs first, so the text's own pairing wins over the
// gazetteer; then gazetteer names; then names that begin with an organization word; then
// bare acronyms.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "entity_scan.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca::entities {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Letters of the longest hyphen-separated part: acronyms have at most 12.
bool parts_short(std::string_view text) {
  std::size_t part = 0;
  std::size_t longest = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '-') {
      part = 0;
    } else if ((c & 0xC0) != 0x80) {
      longest = std::max(longest, ++part);
    }
  }
  return longest <= 12;
}

bool acronym_like(const Token& token) {
  return token.word && token.upper && !token.accented && !has_digit(token.text) &&
         parts_short(token.text);
}

// Inside parentheses mixed case is fine too: "(Cofepris)", "(INCan)", "(UdeG)".
bool parenthesised_acronym_like(const Token& token) {
  if (acronym_like(token)) return true;
  return token.word && token.initial && !has_digit(token.text) && token.text.size() >= 3 &&
         parts_short(token.text) && token.text.find('-') == npos;
}

// "Nombre Completo" as a key that ignores connectors: "corte interamericana derechos humanos".
std::string content_key(const Text& text, std::size_t first, std::size_t end) {
  std::string key;
  for (std::size_t i = first; i < end; ++i) {
    if (!text[i].word || is_connector(text[i].folded)) continue;
    if (!key.empty()) key.push_back(' ');
    key += text[i].folded;
  }
  return key;
}

std::size_t add_organization(Scan& scan, const std::string& id, const std::string& name) {
  for (std::size_t i = 0; i < scan.organizations.size(); ++i) {
    if (scan.organizations[i].id != id) continue;
    if (scan.organizations[i].name.empty()) scan.organizations[i].name = name;
    return i;
  }
  scan.organizations.push_back({id, name});
  return scan.organizations.size() - 1;
}

std::size_t add_known(Scan& scan, const GazetteerOrganization& known) {
  return add_organization(scan, known.id, known.name);
}

void claim(Scan& scan, std::size_t begin, std::size_t end, Owner owner) {
  for (std::size_t i = begin; i < end; ++i) scan.text.owner[i] = owner;
}

void add_mention(Scan& scan, std::size_t organization, std::size_t begin, std::size_t end) {
  scan.organization_mentions.push_back({organization, begin, end});
  claim(scan, begin, end, Owner::kOrganization);
}

// Words that name an office of a body: "CFE Zona Municipal", "INE Junta Local".
bool is_office_word(std::string_view folded) {
  static constexpr std::string_view kOfficeWords[] = {
      "zona",      "oficina",  "junta",         "delegacion",     "unidad",  "coordinacion",
      "direccion", "jefatura", "subdelegacion", "representacion", "agencia", "modulo"};
  return std::find(std::begin(kOfficeWords), std::end(kOfficeWords), folded) !=
         std::end(kOfficeWords);
}

// A federal body's name followed by "estatal", "municipal" or "de <estado>" names a state's or
// a town's own body: "Secretaría de Salud de Sonora" is not the SSA, nor is "Secretaría del
// Bienestar Social Municipal" the Secretaría de Bienestar.
bool state_level_after(const Scan& scan, std::size_t i, std::size_t end) {
  const Text& text = scan.text;
  if (i >= end) return false;
  const auto local = [&](std::size_t k) {
    return k < end && (text.is(k, "estatal") || text.is(k, "estatales") ||
                       text.is(k, "municipal") || text.is(k, "municipales"));
  };
  // "…Bienestar Social Municipal", not a body's local office ("…Electoral Junta Municipal").
  if (local(i) ||
      (text[i].capitalized && !scan.classes[i].name_head && !scan.classes[i].weak_name_head &&
       !is_office_word(text[i].folded) && local(i + 1))) {
    return true;
  }
  if (!text.is(i, "de") && !text.is(i, "del")) return false;
  if (text.is(i + 1, "estado")) return true;
  return i + 1 < end && scan.matchers.states.match(text, i + 1, end).length > 0;
}

// Where the name that precedes "(" at `end` may start. `widest` is its leftmost capitalised
// word. `matching` is the leftmost start whose words' initials are the acronym's letters in
// any order ("Agencia Europea de Medicamentos (EMA)"), else the leftmost word that shares the
// acronym's first letter ("el IMSS y la Comisión Nacional de Foo (CNF)"), else npos.
// `spelled` says the initials matched, not just the first letter.
struct NameStart {
  std::size_t widest = npos;
  std::size_t matching = npos;
  bool spelled = false;
};

std::string sorted_initials(const Text& text, std::size_t first, std::size_t end) {
  std::string initials;
  for (std::size_t i = first; i < end; ++i) {
    if (text[i].word && (text[i].capitalized || text[i].upper)) initials += text[i].folded[0];
  }
  std::sort(initials.begin(), initials.end());
  return initials;
}

// "Secretaría de Desarrollo Agropecuario, Rural, Forestal, Pesca y Alimentación (Sedarpa)": a
// name whose areas are listed with commas goes back, from `k`, where full_name_start() stopped
// at a comma, to the organization word that opens the list. Each listed area is a few
// capitalised words (and the connectors between them) that open no body of their own, so that
// "la Secretaría de Salud, Instituto Nacional de Cancerología (INCan)" stays two names. `k`
// when no such word opens the list.
std::size_t past_listed_areas(const Scan& scan, std::size_t k, std::size_t first, std::size_t end) {
  constexpr std::size_t kMaxAreaWords = 4;
  constexpr std::size_t kLongestName = 24;  // tokens, commas included
  const Text& text = scan.text;
  if (k >= end || scan.gazetteer.is_name_head(text[k].text)) return k;
  std::size_t start = k;
  while (start > first + 1 && is_punct(text[start - 1], ",") && end - start < kLongestName) {
    const std::size_t comma = start - 1;
    std::size_t area = comma;
    while (area > first && end - area < kLongestName && text[area - 1].word &&
           text.free(area - 1) &&
           (text[area - 1].capitalized || text[area - 1].upper ||
            is_connector(text[area - 1].folded))) {
      --area;
    }
    while (area < comma &&
           (is_connector(text[area].folded) || (!text[area].capitalized && !text[area].upper))) {
      ++area;  // "La Secretaría…" opening the sentence: the article is no part of the name
    }
    if (area == comma || end - area >= kLongestName) return k;
    if (scan.gazetteer.is_name_head(text[area].text)) return area;
    // Capitalised words only: "Acceso a la Información Pública" is an area of three.
    const auto area_words = std::count_if(text.tokens.begin() + static_cast<std::ptrdiff_t>(area),
                                          text.tokens.begin() + static_cast<std::ptrdiff_t>(comma),
                                          [](const Token& t) { return !is_connector(t.folded); });
    if (static_cast<std::size_t>(area_words) > kMaxAreaWords) return k;
    start = area;
  }
  return k;
}

// Whether the words from `first` to `end`, past the one that opens them ("Secretaría"), share a
// word with the name or a longer alias of `known`: "Servicio de Administración Tributaria" and
// "Sistema de Administración Tributaria (SAT)" do; "la Secretaría de Educación del Gobierno
// del Estado (SE)" and the Secretaría de Economía do not, a state's body its own acronym names.
bool shares_a_name_word(const Text& text, std::size_t first, std::size_t end,
                        const GazetteerOrganization& known) {
  std::vector<std::string> known_words;
  const auto add_words = [&](std::string_view name) {
    for (const Token& token : tokenize(name, 0, 0)) {
      if (token.word && !is_connector(token.folded)) known_words.push_back(token.folded);
    }
  };
  add_words(known.name);
  for (const std::string& alias : known.aliases) add_words(alias);
  for (std::size_t k = first + 1; k < end; ++k) {
    if (!text[k].word || is_connector(text[k].folded)) continue;
    if (std::find(known_words.begin(), known_words.end(), text[k].folded) != known_words.end()) {
      return true;
    }
  }
  return false;
}

// Whether the words from `widest` to `matching`, where the acronym's letters start, are an
// organization word and what joins it to them, whose letters the acronym leaves out: "el Fondo
// de Proyectos de Desarrollo Regional (PDR)", "la Agencia de los Estados Unidos para el
// Desarrollo Internacional (USAID)". Not across "y": "el Instituto y la Unidad de Foo (UF)".
bool opened_by_organization_word(const Scan& scan, std::size_t widest, std::size_t matching) {
  const Text& text = scan.text;
  if (widest >= matching || !scan.gazetteer.is_name_head(text[widest].text)) return false;
  for (std::size_t k = widest + 1; k < matching; ++k) {
    if (!text[k].word || text.is(k, "y") || text.is(k, "e")) return false;
  }
  return true;
}

// "la Ley General en materia de Humanidades, Ciencias, Tecnologías e Innovación (LGMHCTI)", "el
// programa La Escuela es Nuestra (LEEN)": a law's or a programme's name, whose words in lower
// case and commas cut its run of capitals short before `end`, where its acronym follows. Its
// head (Ley, Programa…) a few words before, in either case, which the acronym's first letter
// spells, or the word after it does.
bool thing_named_before(const Scan& scan, std::size_t end, const Token& acronym) {
  constexpr std::size_t kMaxNameTokens = 12;
  const Text& text = scan.text;
  const std::size_t first = text.sentence_begin(end - 1);
  for (std::size_t k = end; k > first && end - k < kMaxNameTokens; --k) {
    const Token& t = text[k - 1];
    if (!t.word && !is_punct(t, ",")) return false;
    if (!t.word) continue;
    std::string head(t.text);
    if (!t.capitalized && !head.empty()) head[0] = static_cast<char>(std::toupper(head[0]));
    if (!scan.gazetteer.is_not_organization_head(head)) continue;
    const char initial = acronym.folded.front();
    return t.folded.front() == initial ||
           (k < end && text[k].word && text[k].capitalized && text[k].folded.front() == initial);
  }
  return false;
}

// Whether the acronym at i ends a law's or a programme's name after "de" or "en" without an
// article, the name's head a few words before: "la Ley General en Materia de HCTI". A body
// takes its article ("el programa de vacunación de la CONAGO").
bool ends_thing_name(const Scan& scan, std::size_t i) {
  constexpr std::size_t kMaxNameWords = 6;
  const Text& text = scan.text;
  if (i < 2 || !(text.is(i - 1, "de") || text.is(i - 1, "en"))) return false;
  const std::size_t first = text.sentence_begin(i);
  for (std::size_t k = i - 1; k > first && i - k <= kMaxNameWords; --k) {
    const Token& t = text[k - 1];
    if (!t.word || is_article(t.folded)) return false;
    if (t.capitalized && scan.gazetteer.is_not_organization_head(t.text)) return true;
  }
  return false;
}

NameStart full_name_start(const Scan& scan, std::size_t end, const Token& acronym) {
  const Text& text = scan.text;
  const std::size_t first = text.sentence_begin(end - 1);
  std::size_t k = end;
  while (k > first && end - k < 16) {
    const Token& t = text[k - 1];
    const bool name_word = t.word && (t.capitalized || t.upper) && text.free(k - 1);
    const bool connector = t.word && is_connector(t.folded) && k - 1 > first;
    if (!name_word && !connector) break;
    --k;
  }
  k = past_listed_areas(scan, k, first, end);
  std::string letters = acronym.folded;
  letters.erase(std::remove(letters.begin(), letters.end(), '-'), letters.end());
  std::sort(letters.begin(), letters.end());
  NameStart start;
  std::size_t same_initial = npos;
  for (std::size_t i = k; i < end; ++i) {
    const Token& t = text[i];
    if (!t.word || !t.capitalized || is_function_word(t.folded)) continue;
    if (start.widest == npos) start.widest = i;
    if (start.matching == npos && sorted_initials(text, i, end) == letters) start.matching = i;
    if (same_initial == npos && t.folded.front() == acronym.folded.front()) same_initial = i;
  }
  start.spelled = start.matching != npos;
  if (start.matching == npos) start.matching = same_initial;
  return start;
}

// Where a gazetteer name of `known` that ends at `end` starts, npos when none does: a name
// with commas of its own, which full_name_start() stops at ("Secretaría de Agricultura,
// Ganadería, Desarrollo Rural, Pesca y Alimentación (SAGARPA)").
std::size_t known_name_start(const Scan& scan, const GazetteerOrganization& known,
                             std::size_t end) {
  constexpr std::size_t kLongestName = 24;  // tokens, commas included
  const Text& text = scan.text;
  const std::size_t first = text.sentence_begin(end - 1);
  for (std::size_t start = std::max(first, end > kLongestName ? end - kLongestName : 0);
       start + 1 < end; ++start) {
    const PhraseMatcher::Match match = scan.matchers.organizations.match(text, start, end);
    if (match.length == end - start && &scan.gazetteer.organizations()[match.target] == &known) {
      return start;
    }
  }
  return npos;
}

bool post_before_name(const Text& text, std::size_t begin, std::size_t end, std::size_t last);

// "Instituto Mexicano del Seguro Social (IMSS)", "Corte Interamericana de Derechos Humanos
// (CIDH)", "Unidades Médicas de Alta Especialidad (UMAE)" (a unit type: claimed, not kept).
void find_pairs(Scan& scan) {
  Text& text = scan.text;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (!is_punct(text[i], "(")) continue;
    // One past the closing parenthesis: "(IMSS)", or "(USAID, por sus siglas en inglés)".
    std::size_t close = npos;
    if (is_punct(text[i + 2], ")")) {
      close = i + 3;
    } else if (is_punct(text[i + 2], ",") && i + 5 < text.size() && text.is(i + 3, "por") &&
               text.is(i + 4, "sus") && text.is(i + 5, "siglas")) {
      for (std::size_t k = i + 6; k < text.size() && k <= i + 10; ++k) {
        if (is_punct(text[k], ")")) {
          close = k + 1;
          break;
        }
      }
    }
    if (close == npos) continue;
    const Token& acronym = text[i + 1];
    if (!parenthesised_acronym_like(acronym) || !text.free(i + 1)) continue;
    std::size_t end = i;
    // Legal forms between name and acronym: "Asociación Mexicana ..., IAP (AMANC)".
    if (end >= 2 && is_punct(text[end - 2], ",") &&
        scan.gazetteer.is_not_organization(text[end - 1].text)) {
      end -= 2;
    }
    const NameStart starts = end > 0 ? full_name_start(scan, end, acronym) : NameStart{};
    const std::size_t widest = starts.widest == npos ? end : starts.widest;
    if (scan.gazetteer.is_not_organization(acronym.text)) {
      claim(scan, widest, close, Owner::kUnit);
      continue;
    }
    const GazetteerOrganization* named = nullptr;
    std::size_t name_start = widest;
    for (; name_start < end && named == nullptr; ++name_start) {
      named = scan.gazetteer.find_organization(text.span(name_start, end - 1));
    }
    if (named != nullptr) --name_start;
    const GazetteerOrganization* by_acronym = scan.gazetteer.find_organization(acronym.text);
    const std::size_t matching = starts.matching;
    std::size_t organization;
    const bool short_name = named != nullptr && Analyzer::fold(text.span(name_start, end - 1)) !=
                                                    Analyzer::fold(named->name);
    if (short_name && by_acronym == nullptr && acronym.upper) {
      // "la Secretaría de Hacienda (SH)": a state's body called by the short name of a federal
      // one, which the acronym the text gives it tells apart (the federal one is the SHCP). A
      // federal body's full name keeps its own ("Secretaría de Marina (SM)" is the SEMAR).
      organization = add_organization(scan, std::string(acronym.text),
                                      std::string(text.span(name_start, end - 1)));
    } else if (named != nullptr) {
      organization = add_known(scan, *named);
    } else if (by_acronym != nullptr && acronym.upper && end - widest >= 3 &&
               scan.gazetteer.is_name_head(text[widest].text) &&
               !shares_a_name_word(text, widest, end, *by_acronym)) {
      organization = add_organization(scan, std::string(acronym.text),
                                      std::string(text.span(widest, end - 1)));
      name_start = widest;
    } else if (by_acronym != nullptr) {
      organization = add_known(scan, *by_acronym);
      // "la diputada Rocío Abreu Artiñano (Morena)": a known acronym after words that neither
      // spell it nor begin like an organization follows a person, who is not its name.
      const bool named_before =
          end - widest >= 2 && (starts.spelled || scan.gazetteer.is_name_head(text[widest].text) ||
                                scan.gazetteer.is_weak_name_head(text[widest].text));
      name_start = named_before ? widest : i;
      if (const std::size_t full = known_name_start(scan, *by_acronym, end); full != npos) {
        name_start = full;
      }
    } else if (const std::size_t head = starts.spelled ? matching : widest;
               scan.gazetteer.is_not_organization_head(text[head].text)) {
      // "el Programa de Atención a Contingencias Climatológicas (PACC)": a programme, a law,
      // an event; its acronym alone later in the text is none either.
      claim(scan, head, close, Owner::kUnit);
      scan.not_organization_keys.insert(acronym.folded);
      continue;
    } else if (role_word_length(scan, matching == npos ? widest : matching) > 0) {
      // "el Secretario General de Gobierno (SGG), Nombre": a post's name, read by officials.
      continue;
    } else if (matching != npos && end - matching >= 2 &&
               scan.gazetteer.find_state(acronym.text) == nullptr) {
      name_start = opened_by_organization_word(scan, widest, matching) ? widest : matching;
      organization = add_organization(scan, std::string(acronym.text),
                                      std::string(text.span(name_start, end - 1)));
    } else if (thing_named_before(scan, end, acronym)) {
      claim(scan, i, close, Owner::kUnit);
      scan.not_organization_keys.insert(acronym.folded);
      continue;
    } else if (acronym.upper && end - widest >= 2) {
      // An acronym that spells nothing (English: "la Academia Mundial de Ciencias (TWAS, por
      // sus siglas en inglés)") names from the word that opens an organization's name, when the
      // capitalised run begins before it ("los premios Nacional de Ciencias y Artes y de la…").
      name_start = widest;
      if (!scan.gazetteer.is_name_head(text[widest].text)) {
        for (std::size_t k = widest + 1; k + 1 < end; ++k) {
          if (text[k].word && text[k].capitalized && scan.gazetteer.is_name_head(text[k].text)) {
            name_start = k;
            break;
          }
        }
      }
      organization = add_organization(scan, std::string(acronym.text),
                                      std::string(text.span(name_start, end - 1)));
    } else {
      continue;
    }
    // "la Secretaria de Salud (SSA), Nombre": without its accent, the post of the holder named
    // next; the acronym alone names the body here.
    if (name_start < end && post_before_name(text, name_start, i, text.sentence_end(i))) {
      name_start = i;
    }
    scan.organization_keys[acronym.folded] = organization;
    if (name_start < end) scan.organization_keys[content_key(text, name_start, end)] = organization;
    add_mention(scan, organization, name_start, close);
  }
}

// "la Secretaria de Salud Ligia Arce Padilla": without its accent, "Secretaria" is the post,
// and a name right after the words says so; names of ministries are matched without accents,
// for the texts that drop them all.
bool post_before_name(const Text& text, std::size_t begin, std::size_t end, std::size_t last) {
  const Token& first = text[begin];
  if (first.folded != "secretaria" || first.accented || first.upper || end + 1 >= last) {
    return false;
  }
  // "el director de la Secretaria de Salud Juan Pérez": after a preposition, the ministry; but
  // "establecido por la Secretaria…, Nombre", "con la Secretaria…": the agent, the companion.
  if (begin >= 2 && is_article(text[begin - 1].folded) && is_preposition(text[begin - 2].folded) &&
      !text.is(begin - 2, "por") && !text.is(begin - 2, "con")) {
    return false;
  }
  const auto capitalised_name_part = [&](std::size_t k) {
    return text[k].word && text[k].capitalized && !is_connector(text[k].folded) &&
           !is_not_name_word(text[k].folded);
  };
  // "la Secretaria de Salud, Ana López Ruiz", "…Territorial y Urbano (SEDATU), Rosario Robles
  // Berlanga": the acronym and a comma between.
  std::size_t name = end;
  if (name + 2 < last && is_punct(text[name], "(") && is_punct(text[name + 2], ")")) name += 3;
  if (name < last && is_punct(text[name], ",")) ++name;
  return name + 1 < last && capitalised_name_part(name) && capitalised_name_part(name + 1);
}

// Whether the word at i, in the sentence that begins at `first`, follows a capitalised word
// (and perhaps a capitalised article) that does not open the sentence: "Bulevar La Morena",
// "Virgen Morena"; not "La Profeco", «La Conagua», "dijo: La SEP", "Hoy Liconsa".
bool inside_longer_name(const Text& text, std::size_t i, std::size_t first) {
  if (i <= first) return false;
  std::size_t before = i - 1;
  if (text[before].capitalized && is_article(text[before].folded)) {
    if (before == first) return false;
    --before;
  }
  return before > first && text[before].word && text[before].capitalized &&
         !is_article(text[before].folded);
}

// A short form of a known body's name that is part of another name: one word in mixed case
// before "de" and a capitalised word ("Escuela Primaria “Hacienda de Guelatao”" is no
// ministry), or a form neither the full name nor an acronym inside a line in capitals, where
// nothing tells where names end ("…DE LA FUNCIÓN PÚBLICA ELECTORAL").
bool short_alias_in_other_name(const Scan& scan, const GazetteerOrganization& known, std::size_t i,
                               std::size_t length, std::size_t last) {
  const Text& text = scan.text;
  const std::size_t after = i + length;
  if (length == 1 && !text[i].upper && after + 1 < last &&
      (text.is(after, "de") || text.is(after, "del")) && text[after + 1].capitalized) {
    return true;
  }
  // "del Seguro Social de Salud (Essalud)": the short form opens a longer name that the text
  // pairs with an acronym of its own.
  if (after + 1 < last && (text.is(after, "de") || text.is(after, "del")) &&
      text[after + 1].capitalized) {
    std::size_t k = after + 1;
    while (k < last && text[k].word && (text[k].capitalized || is_connector(text[k].folded))) ++k;
    if (k + 2 < last && is_punct(text[k], "(") && text[k + 1].word && is_punct(text[k + 2], ")") &&
        text[k + 1].folded != Analyzer::fold(known.id)) {
      return true;
    }
  }
  if (!text.shouting[text[i].sentence] || (length == 1 && text[i].upper)) return false;
  const auto name_words =
      static_cast<std::size_t>(std::count(known.name.begin(), known.name.end(), ' ') + 1);
  // "…DE LA FUNCIÓN PÚBLICA ELECTORAL": the name goes on; "LA SECRETARÍA DE HACIENDA Y…" ends.
  const bool goes_on = after < last && text[after].word && !is_connector(text[after].folded) &&
                       !is_function_word(text[after].folded);
  return length < name_words && goes_on;
}

// Whether the one mixed-case word at i, a word of a body's name rather than its acronym
// written as a word ("Economía", not "Conagua"), is an item of a list of capitalised words
// that are no bodies: "Ciencias Forestales, Economía, Ingeniería Mecánica" (faculties),
// "Economía, Empleo y Desarrollo" (a committee's areas) name no ministry, where "la SHCP,
// Economía y la SFP" and "la Oficial Mayor de Hacienda, Raquel Buenrostro" do.
bool listed_among_other_words(const Scan& scan, const GazetteerOrganization& known, std::size_t i,
                              std::size_t first, std::size_t last) {
  const Text& text = scan.text;
  if (text[i].folded == Analyzer::fold(known.id)) return false;
  const auto other_capitalised_word = [&](std::size_t k) {
    return k >= first && k < last && text[k].word && text[k].capitalized &&
           !is_article(text[k].folded) && !scan.gazetteer.is_given_name(text[k].text) &&
           scan.matchers.organizations.match(text, k, last).length == 0;
  };
  const auto separator = [&](std::size_t k) {
    return k < last &&
           (is_punct(text[k], ",") || is_punct(text[k], ";") || text.is(k, "y") || text.is(k, "e"));
  };
  return (i >= first + 2 && separator(i - 1) && other_capitalised_word(i - 2)) ||
         (separator(i + 1) && other_capitalised_word(i + 2));
}

// Whether the word at k begins an organization's name, in the singular or the plural
// ("Ayuntamientos", "Universidades").
bool opens_body(const Scan& scan, std::size_t k) {
  if (scan.classes[k].name_head || scan.classes[k].weak_name_head) return true;
  return !singular_if(scan.text[k].lower, [&](const std::string& singular) {
            return !singular.empty() && (scan.gazetteer.is_name_head(singular) ||
                                         scan.gazetteer.is_weak_name_head(singular));
          }).empty();
}

// A state's or a town's own body named by a `known` local one's short name and the place after
// it: "el DIF Sinaloa", "el DIF de Jalisco", "el DIF Estatal Zacatecas" (the DIF Zacatecas),
// "el DIF Edomex" (the DIF Estado de México), "la presidenta del DIF Morelia", "el DIF
// Municipal de Cosío" (the DIF Cosío), "el DIF estatal"; or before it: "el Sistema Municipal
// DIF". Its id and name, and the token range it spans; an empty id when the words around name
// no place.
struct LocalBody {
  std::string id;
  std::size_t begin = 0;
  std::size_t end = 0;
};

LocalBody local_body(const Scan& scan, const GazetteerOrganization& known, std::size_t i,
                     std::size_t length, std::size_t last) {
  constexpr std::size_t kMaxPlaceWords = 4;
  const Text& text = scan.text;
  const std::size_t after = i + length;
  if (!known.local || length != 1 || after > last) return {};
  const std::string& short_name = known.id;
  const auto level = [&](std::size_t k) -> std::string_view {
    if (k >= last || k < 1) return {};
    if (text.is(k, "estatal") || text.is(k, "estatales")) return "Estatal";
    if (text.is(k, "municipal") || text.is(k, "municipales")) return "Municipal";
    return {};
  };
  if (i >= 2 && !level(i - 1).empty() &&
      (text.is(i - 2, "sistema") || text.is(i - 2, "sistemas"))) {
    return {"Sistema " + std::string(level(i - 1)) + " " + short_name, i - 2, after};
  }
  if (after >= last) return {};
  // "el DIF Jalisco", "el DIF de Jalisco", "el DIF Estatal Zacatecas".
  std::size_t state_at = level(after).empty() ? after : after + 1;
  if (text.is(state_at, "de")) ++state_at;
  if (const PhraseMatcher::Match state = state_at < last
                                             ? scan.matchers.states.match(text, state_at, last)
                                             : PhraseMatcher::Match{};
      state.length > 0) {
    // The state's words stay free: the bulletin mentions the state too.
    return {short_name + " " + scan.gazetteer.states()[state.target].name, i,
            level(after).empty() ? after : after + 1};
  }
  // A town: capitalised words, with "de" and its kin between them ("DIF San Pedro Tlaquepaque",
  // "el DIF Municipal de Cosío").
  const std::size_t town =
      level(after).empty() ? after : (text.is(after + 1, "de") ? after + 2 : after + 1);
  std::size_t end = town;
  while (end < last && end - town < kMaxPlaceWords && text[end].word && text.free(end) &&
         (text[end].capitalized ||
          (end > town && is_name_particle(text[end].folded) && !text.is(end, "y")))) {
    if (text[end].capitalized &&
        (scan.gazetteer.is_given_name(text[end].text) || is_function_word(text[end].folded) ||
         is_month(text[end].folded) || opens_body(scan, end) ||
         scan.matchers.organizations.match(text, end, last).length > 0)) {
      break;
    }
    ++end;
  }
  while (end > town && !text[end - 1].capitalized) --end;
  if (end > town) return {short_name + " " + std::string(text.span(town, end - 1)), i, end};
  if (!level(after).empty()) return {short_name + " " + std::string(level(after)), i, after + 1};
  return {};
}

// Whether a known body's name of several words at [begin, end), opened by a word of bodies'
// names, goes on in the text with more words of its own: "la Secretaría de Economía Sustentable
// y Turismo" is a state's ministry, not the Secretaría de Economía. Not past a level ("de Salud
// Federal"), a first name ("…de Salud Jorge Alcocer"), an acronym, a body of its own or another
// body's name.
bool name_goes_on(const Scan& scan, std::size_t begin, std::size_t end, std::size_t last) {
  static constexpr std::string_view kLevels[] = {"federal", "nacional", "estatal",  "municipal",
                                                 "general", "regional", "mexicana", "mexicano"};
  const Text& text = scan.text;
  if (end - begin < 3 || end >= last || text.shouting[text[begin].sentence] ||
      !scan.classes[begin].name_head || !text[end].word || !text[end].capitalized ||
      text[end].upper || is_connector(text[end].folded) || is_month(text[end].folded) ||
      scan.gazetteer.is_given_name(text[end].text) ||
      std::find(std::begin(kLevels), std::end(kLevels), text[end].folded) != std::end(kLevels)) {
    return false;
  }
  // "el Instituto Nacional Electoral Junta Municipal": a body of the known one after it.
  return !opens_body(scan, end) && scan.matchers.organizations.match(text, end, last).length == 0 &&
         scan.matchers.states.match(text, end, last).length == 0;
}

void find_gazetteer_names(Scan& scan) {
  Text& text = scan.text;
  for (const auto& [first, last] : text.sentences) {
    for (std::size_t i = first; i < last; ++i) {
      if (!text.free(i) || !text[i].word) continue;
      // An acronym the text paired with a name wins over the gazetteer's reading of it.
      if (acronym_like(text[i])) {
        if (const auto learned = scan.organization_keys.find(text[i].folded);
            learned != scan.organization_keys.end()) {
          add_mention(scan, learned->second, i, i + 1);
          continue;
        }
      }
      const PhraseMatcher::Match match = scan.matchers.organizations.match(text, i, last);
      if (match.length == 0) continue;
      // "el Bulevar La Morena", "la Virgen Morena": one word of a name the gazetteer knows in
      // mixed case, after a capitalised word inside a sentence, is part of a longer name.
      if (match.length == 1 && !text[i].upper && inside_longer_name(text, i, first)) continue;
      const GazetteerOrganization& known = scan.gazetteer.organizations()[match.target];
      if (match.length == 1 && !text[i].upper &&
          listed_among_other_words(scan, known, i, first, last)) {
        continue;
      }
      if (short_alias_in_other_name(scan, known, i, match.length, last)) {
        i += match.length - 1;
        continue;
      }
      if (post_before_name(text, i, i + match.length, last)) {
        i += match.length - 1;
        continue;
      }
      // "el Ministro de Hacienda, Felipe Larraín": a ministry's area after its minister's post,
      // another country's; Mexico's secretariats have secretaries.
      if (match.length == 1 && !text[i].upper && i >= 2 && text.is(i - 1, "de") &&
          (text.is(i - 2, "ministro") || text.is(i - 2, "ministra") ||
           text.is(i - 2, "viceministro") || text.is(i - 2, "viceministra"))) {
        continue;
      }
      if (match.length >= 2 && state_level_after(scan, i + match.length, last)) {
        i += match.length - 1;
        continue;
      }
      if (const LocalBody local = local_body(scan, known, i, match.length, last);
          !local.id.empty()) {
        add_mention(scan, add_organization(scan, local.id, local.id), local.begin, local.end);
        i = local.end - 1;
        continue;
      }
      if (name_goes_on(scan, i, i + match.length, last)) {
        i += match.length - 1;
        continue;
      }
      add_mention(scan, add_known(scan, known), i, i + match.length);
      i += match.length - 1;
    }
  }
}

// Whether the connectors in [begin, end) join two phrases rather than the words of one name:
// "y" or "e" followed by an article or a preposition other than "de" ("la Universidad de
// Yucatán y en el Hospital Juárez", "y la Secretaría"), where a name goes on with a word
// ("Secretaría de Hacienda y Crédito Público").
// So does "con", an article and "de" ("la Subsecretaría de Desarrollo Agrario con la de
// Ordenamiento"), where "con los" goes on with a name ("Comisión de Vinculación con los
// Organismos Públicos Locales").
bool joins_two_phrases(const Text& text, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k + 1 < end; ++k) {
    if (text[k].folded == "con" && is_article(text[k + 1].folded) && k + 2 < end &&
        (text[k + 2].folded == "de" || text[k + 2].folded == "del")) {
      return true;
    }
    if (text[k].folded != "y" && text[k].folded != "e") continue;
    const std::string& next = text[k + 1].folded;
    if (next != "de" && next != "del") return true;
  }
  return false;
}

// Whether token k begins a second organization's name after "y" at j, in the name whose
// organization word is at `head`: after "y de" an organization word ("Universidad Autónoma de
// Nuevo León y de la Universidad…"), or a weak one with its own "de" ("Tribunal Superior de
// Justicia y del Consejo de la Judicatura"); right after "y", the same organization word or
// one no name holds inside ("Universidad Autónoma de Coahuila y Universidad Carolina"), not
// any ("Comisión de Capacitación y Organización Electoral" is one).
bool opens_second_name(const Scan& scan, std::size_t head, std::size_t j, std::size_t k,
                       std::size_t last) {
  static constexpr std::string_view kNeverInside[] = {
      "universidad", "secretaria", "subsecretaria", "tribunal",  "fiscalia", "procuraduria",
      "congreso",    "senado",     "camara",        "instituto", "comision", "direccion"};
  const Text& text = scan.text;
  if (k >= last || (text[j].folded != "y" && text[j].folded != "e")) return false;
  if (k == j + 1) {
    return scan.classes[k].name_head && (text[k].folded == text[head].folded ||
                                         std::find(std::begin(kNeverInside), std::end(kNeverInside),
                                                   text[k].folded) != std::end(kNeverInside));
  }
  if (text[j + 1].folded != "de" && text[j + 1].folded != "del") return false;
  if (scan.classes[k].name_head) return true;
  return scan.classes[k].weak_name_head && k + 1 < last &&
         (text[k + 1].folded == "de" || text[k + 1].folded == "del");
}

// Words that open a chamber's or a council's working body: "Comisión de Cultura", "Comité de
// Ética", "Junta de Coordinación Política".
bool is_committee_word(std::string_view folded) {
  return folded == "comision" || folded == "comisiones" || folded == "comite" || folded == "junta";
}

// Words for a chamber whose committees bulletins name: "la Comisión de Cultura del Congreso
// del Estado" is the committee and the congress, two bodies.
bool is_chamber_word(std::string_view folded) {
  static constexpr std::string_view kChambers[] = {
      "congreso", "senado", "camara", "asamblea", "cabildo", "legislatura", "ayuntamiento"};
  return std::find(std::begin(kChambers), std::end(kChambers), folded) != std::end(kChambers);
}

// Words that open a ministry's or an institute's name, which lists its areas as a committee's
// does: "Ministerio de Agricultura, Pesca y Alimentación", "Secretaría de Medio Ambiente,
// Recursos Naturales y Pesca", "Consejería de Educación, Cultura y Deportes", "Instituto
// Estatal de Transparencia, Acceso a la Información Pública y Protección de Datos Personales".
bool lists_its_areas(std::string_view folded) {
  return folded == "ministerio" || folded == "secretaria" || folded == "subsecretaria" ||
         folded == "consejeria" || folded == "instituto";
}

// Past the areas a committee's name lists after its first one, from the comma at `end`:
// "la Comisión de Trabajo, Competitividad y Previsión Social", "la Primera Comisión de
// Gobernación, Puntos Constitucionales y de Justicia". Each area is a few capitalised words
// that open no body and name no one; the list ends with "y" or "e" and one more. `end` when
// the words after the comma are no such list.
std::size_t past_committee_areas(const Scan& scan, std::size_t end, std::size_t last) {
  constexpr std::size_t kMaxAreaWords = 4;
  const Text& text = scan.text;
  const auto area_end = [&](std::size_t k) {
    while (k < last && text[k].word && is_name_particle(text[k].folded) && !text.is(k, "y")) {
      ++k;  // "y de Justicia"
    }
    const std::size_t begin = k;
    if (k >= last || !text[k].word || !text[k].capitalized || !text.free(k) ||
        opens_body(scan, k) || scan.gazetteer.is_given_name(text[k].text) ||
        scan.matchers.organizations.match(text, k, last).length > 0) {
      return npos;
    }
    // Capitalised words counted: "Acceso a la Información Pública" is an area of three. Not
    // past "en" or "con", which open a place or a partner: "…Datos Personales en Mérida".
    std::size_t words = 0;
    while (k < last && text[k].word && text.free(k) &&
           (text[k].capitalized || (is_connector(text[k].folded) && !text.is(k, "y") &&
                                    !text.is(k, "e") && !text.is(k, "en") && !text.is(k, "con")))) {
      if (k > begin && (opens_body(scan, k) || is_chamber_word(text[k].folded))) break;
      if (text[k].capitalized && ++words > kMaxAreaWords) break;
      ++k;
    }
    while (k > begin && !text[k - 1].capitalized) --k;  // no connector at the end
    return k;
  };
  std::size_t k = end;
  while (k < last && is_punct(text[k], ",")) {
    const std::size_t after = area_end(k + 1);
    if (after == npos) return end;
    k = after;
  }
  if (k == end || k >= last || (!text.is(k, "y") && !text.is(k, "e"))) return end;
  const std::size_t after = area_end(k + 1);
  return after == npos ? end : after;
}

// End of a name that starts with an organization word at `i`: capitalised words, acronyms and
// connectors followed by them; an organization mention at its end is absorbed ("Sindicato
// Independiente de Trabajadores del IMSS" is one organization).
// A weak word ("Consejo Técnico del IMSS") names a body of that organization: it stops there.
std::size_t head_name_end(const Scan& scan, std::size_t i, std::size_t last, bool weak,
                          bool& has_de) {
  const Text& text = scan.text;
  std::size_t j = i + 1;
  while (j < last && j - i < 14) {
    if (const Mention* inner = scan.organization_at(j)) {
      if (weak) break;
      // "…del Instituto Mexicano del Seguro Social (IMSS)": the name ends before the acronym,
      // which stays the inner body's.
      j = inner->begin;
      while (j < inner->end && !is_punct(text[j], "(")) ++j;
      break;
    }
    const Token& t = text[j];
    // "el Poder Judicial Dra. Janet Tello": a title and its period open a person's name.
    if (scan.classes[j].honorific && j + 1 < last && is_punct(text[j + 1], ".")) break;
    // "el secretario del Ayuntamiento de León Jorge Jiménez Lona": past the name's "de" and its
    // word, a first name and a surname open the holder's name (not "de San Pedro Garza").
    if (has_de && t.word && t.capitalized && text[j - 1].word && text[j - 1].capitalized &&
        !is_connector(text[j - 1].folded) && scan.gazetteer.is_given_name(t.folded) &&
        j + 1 < last && text[j + 1].word && text[j + 1].capitalized && !text.is(j - 1, "san") &&
        !text.is(j - 1, "santa") && !text.is(j - 1, "santo")) {
      break;
    }
    if (t.word && (t.capitalized || t.upper) && text.free(j)) {
      ++j;
      continue;
    }
    if (!t.word || !is_connector(t.folded)) break;
    // An article right after the name's words begins another phrase: "el Poder Ejecutivo
    // Estatal los Decretos…"; inside a name it follows a preposition ("Secretaría de la…") or
    // an infinitive ("Comisión Nacional para Prevenir y Erradicar la Violencia…").
    if (is_article(t.folded)) {
      const std::string_view before = text[j - 1].folded;
      const bool infinitive =
          before.ends_with("ar") || before.ends_with("er") || before.ends_with("ir");
      // The infinitive of a purpose the name states with "para": not "Bienestar", "Poder".
      bool purpose = false;
      for (std::size_t k = i + 1; k + 1 < j && !purpose; ++k) purpose = text.is(k, "para");
      if (!infinitive || !purpose) break;
    }
    // Right after the organization word only "de" and its kin continue a name: "la sede del
    // Instituto en Buenavista" is a place, "Instituto de Salud" a name.
    if (j == i + 1 && t.folded != "de" && t.folded != "del" && t.folded != "para") break;
    std::size_t k = j;
    while (k < last && text[k].word && is_connector(text[k].folded)) ++k;
    if (joins_two_phrases(text, j, k)) break;
    if (opens_second_name(scan, i, j, k, last)) break;
    // "del Supremo Tribunal de Justicia y del Consejero de la Judicatura": "y" before a post
    // (here a typo for "Consejo") ends the name.
    if ((t.folded == "y" || t.folded == "e") && k < last && scan.classes[k].role_word_length > 0) {
      break;
    }
    if (is_committee_word(text[i].folded) && k < last && is_chamber_word(text[k].folded)) break;
    // A council of another body: "el Consejo General del Instituto Electoral de Coahuila", "el
    // Consejo Directivo de CEPLAN", "la Dirección Jurídica del Consejo de la Judicatura" are the
    // council and the body, two organizations. A weak word right after the first one's "de"
    // is its area: "Centro de Coordinación de Emergencias" is one.
    if (weak && (t.folded == "de" || t.folded == "del") && k < last && text[k].word &&
        (scan.classes[k].name_head || text[k].upper ||
         (scan.classes[k].weak_name_head && j > i + 1 && k + 1 < last &&
          (text.is(k + 1, "de") || text.is(k + 1, "del"))))) {
      break;
    }
    // "La Comisión Estatal del Agua con los Ayuntamientos de…", "…con la Cámara Nacional de
    // Comercio", "la instalación del Tribunal Superior de Justicia en Tribunal Constitucional":
    // "con" or "en" before another body's name (its word, or its word in the plural).
    if ((t.folded == "con" || t.folded == "en") && k < last && opens_body(scan, k)) break;
    const bool continues = k < last && text[k].word && (text[k].capitalized || text[k].upper) &&
                           (text.free(k) || scan.organization_at(k) != nullptr);
    if (!continues || (weak && scan.organization_at(k) != nullptr)) break;
    if (t.folded == "de" || t.folded == "del") has_de = true;
    j = k;
  }
  // "Escuela Primaria “Emiliano Zapata”", "Colegio “Benito Juárez”": the name a school or a
  // centre is given, in quotation marks right after its kind, is its name's.
  constexpr std::size_t kMaxQuotedWords = 6;
  if (j + 2 < last && is_open_quote(text[j].text) && text[j + 1].word && text[j + 1].capitalized) {
    std::size_t close = j + 1;
    while (close < last && close - j <= kMaxQuotedWords && text[close].word &&
           (text[close].capitalized || is_connector(text[close].folded) ||
            (close > j + 1 && is_punct(text[close - 1], ".")))) {
      ++close;
    }
    if (close < last && is_close_quote(text[close].text)) j = close + 1;
  }
  // "Instituto Tecnológico del Mar Número 1", "Escuela Naval Militar Núm. 3": the body's number
  // is its name's; without one, "Número" is no part of it.
  if (j > i + 1 && (text.is(j - 1, "numero") || text.is(j - 1, "num") || text.is(j - 1, "no"))) {
    std::size_t k = j;
    if (k < last && is_punct(text[k], ".")) ++k;
    const bool number = k < last && text[k].word && !text[k].text.empty() &&
                        std::all_of(text[k].text.begin(), text[k].text.end(),
                                    [](char c) { return c >= '0' && c <= '9'; });
    j = number ? k + 1 : j - 1;
  }
  return j;
}

void absorb_inner_mentions(Scan& scan, std::size_t begin, std::size_t end) {
  auto& mentions = scan.organization_mentions;
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [&](const Mention& m) { return m.begin >= begin && m.end <= end; }),
                 mentions.end());
}

// "Colegio de Bachilleres", "Escuela Bancaria y Comercial", "Secretaría de Salud de Sonora".
bool is_demonstrative(std::string_view folded) {
  static constexpr std::string_view kDemonstratives[] = {
      "este", "esta", "estos", "estas", "ese", "esa", "dicho", "dicha", "nuestro", "nuestra"};
  return std::find(std::begin(kDemonstratives), std::end(kDemonstratives), folded) !=
         std::end(kDemonstratives);
}

// "del Fondo de Proyectos de Desarrollo Regional (PDR)": a name from the organization word at
// `head` to `end`, before the "(" of a pair the text defined, whose acronym leaves out that word
// and the "de" after it, is the pair's name begun earlier. Returns whether it was. Not a known
// body: "Sindicato … del Instituto Mexicano del Seguro Social (IMSS)" is another name.
bool extend_pair_to_organization_word(Scan& scan, std::size_t head, std::size_t end) {
  const Text& text = scan.text;
  if (end >= text.size() || !is_punct(text[end], "(")) return false;
  for (Mention& pair : scan.organization_mentions) {
    if (pair.begin <= head || pair.begin >= end || pair.end <= end) continue;
    for (std::size_t k = head + 1; k < pair.begin; ++k) {
      if (!text[k].word || !is_name_particle(text[k].folded) || text.is(k, "y")) return false;
    }
    FoundOrganization& organization = scan.organizations[pair.entity];
    if (organization.id == organization.name ||
        scan.gazetteer.organization_by_id(organization.id) != nullptr) {
      return false;
    }
    organization.name = std::string(scan.text.span(head, end - 1));
    claim(scan, head, pair.begin, Owner::kOrganization);
    pair.begin = head;
    return true;
  }
  return false;
}

// The organization the text named before by the words of `key`, else a new one by `name`.
std::size_t organization_named(Scan& scan, const std::string& name, const std::string& key) {
  if (auto known = scan.organization_keys.find(key); known != scan.organization_keys.end()) {
    return known->second;
  }
  const std::size_t organization = add_organization(scan, name, name);
  scan.organization_keys[key] = organization;
  return organization;
}

// Past "del Estado de Hidalgo", "del Estado Libre y Soberano de Puebla", "del Estado" from `k`
// (capitalised words and the particles between them); `k` when no "del Estado" starts there.
std::size_t past_of_the_state(const Text& text, std::size_t k, std::size_t last) {
  if (!text.is(k, "del") || k + 1 >= last || text[k + 1].text != "Estado") return k;
  if (!text.free(k) || !text.free(k + 1)) return k;
  std::size_t end = k + 2;
  for (std::size_t j = end; j < last;) {
    std::size_t next = j;
    while (next < last && text[next].word && is_name_particle(text[next].folded) &&
           text.free(next)) {
      ++next;
    }
    if (next >= last || !text[next].word || !text[next].capitalized || !text.free(next)) break;
    end = j = next + 1;
  }
  return end;
}

// "la LXIII Legislatura", "la LXI Legislatura del Estado de Hidalgo": a congress named by its
// term's number in Roman numerals, perhaps with "Estatal" or "Local" and its state; not the
// words after it ("la LX Legislatura Cinco Concejos…") nor the chamber it is of ("la LXIII
// Legislatura del Congreso del Estado", two names).
void find_numbered_legislatures(Scan& scan) {
  Text& text = scan.text;
  for (std::size_t sentence = 0; sentence < text.sentences.size(); ++sentence) {
    if (text.shouting[sentence]) continue;
    const auto [first, last] = text.sentences[sentence];
    for (std::size_t i = first; i + 1 < last; ++i) {
      if (!text.free(i) || !text.free(i + 1) || !text[i].upper || text[i].text.size() < 2 ||
          !is_roman_numeral(text[i].text) || !text[i + 1].capitalized ||
          text[i + 1].folded != "legislatura") {
        continue;
      }
      std::size_t end = i + 2;
      if ((text.is(end, "estatal") || text.is(end, "local")) && text[end].capitalized) ++end;
      end = past_of_the_state(text, end, last);
      const std::string name(text.span(i, end - 1));
      add_mention(scan, organization_named(scan, name, content_key(text, i, end)), i, end);
      i = end - 1;
    }
  }
}

// "Centro de Desarrollo Rural Quetzalcóatl A.C.", "… I.A.P.": the legal form's letters and
// periods, glued, end the name that took its first letter; `end` otherwise.
std::size_t with_legal_form(const Text& text, std::size_t begin, std::size_t end) {
  const std::size_t letter = end - 1;
  const auto capital_letter = [&](std::size_t k) {
    return text[k].word && text[k].capitalized && text[k].text.size() == 1;
  };
  if (letter <= begin || !capital_letter(letter)) return end;
  std::size_t last = letter;
  while (last + 1 < text.size() && text[last].end == text[last + 1].begin &&
         (is_punct(text[last + 1], ".") || capital_letter(last + 1))) {
    ++last;
  }
  constexpr std::size_t kMinLegalFormTokens = 4;  // "A", ".", "C", "."
  if (!is_punct(text[last], ".") || last - letter + 1 < kMinLegalFormTokens) return end;
  return last + 1;
}

void find_head_names(Scan& scan) {
  Text& text = scan.text;
  for (std::size_t sentence = 0; sentence < text.sentences.size(); ++sentence) {
    if (text.shouting[sentence]) continue;
    const auto [first, last] = text.sentences[sentence];
    for (std::size_t i = first; i < last; ++i) {
      const Token& t = text[i];
      if (!text.free(i) || !t.word || !t.capitalized) continue;
      const bool weak = scan.classes[i].weak_name_head;
      if (!weak && !scan.classes[i].name_head) continue;
      // "Índice de Mercancías y Servicios de Uso Intermedio": a weak word joined by "y" to the
      // capitalised words before it goes on their name.
      if (weak && i >= first + 2 && (text.is(i - 1, "y") || text.is(i - 1, "e")) &&
          text[i - 2].word && text[i - 2].capitalized && text.free(i - 2)) {
        continue;
      }
      bool has_de = false;
      std::size_t end = head_name_end(scan, i, last, weak, has_de);
      if (end == i + 1 || (weak && !has_de)) continue;
      end = with_legal_form(text, i, end);
      // "tiempo del Centro de México", "el Centro de Jalisco": a region, the country's or a
      // state's name alone after the word.
      if (text.is(i, "centro") && i + 2 < end && (text.is(i + 1, "de") || text.is(i + 1, "del")) &&
          ((end == i + 3 && text.is(i + 2, "mexico")) ||
           scan.matchers.states.match(text, i + 2, end).length == end - (i + 2))) {
        i = end - 1;
        continue;
      }
      if (is_committee_word(t.folded) || (has_de && lists_its_areas(t.folded))) {
        end = past_committee_areas(scan, end, last);
      }
      if (extend_pair_to_organization_word(scan, i, end)) {
        i = end - 1;
        continue;
      }
      // "la Primera Visitaduría General", "la Sexagésima Segunda Legislatura": the ordinal
      // that tells the body from its siblings is its name's.
      std::size_t begin = i;
      while (begin > first && text[begin - 1].word && text[begin - 1].capitalized &&
             text.free(begin - 1) && is_ordinal(text[begin - 1].folded)) {
        --begin;
      }
      const std::string name(text.span(begin, end - 1));
      const std::string key = content_key(text, begin, end);
      std::size_t organization;
      if (auto known = scan.organization_keys.find(key); known != scan.organization_keys.end()) {
        organization = known->second;
      } else if (const GazetteerOrganization* g = scan.gazetteer.find_organization(name)) {
        if (state_level_after(scan, end, last)) continue;
        organization = add_known(scan, *g);
      } else if (!has_de && i > first && is_demonstrative(text[i - 1].folded)) {
        // "este Instituto Armado", "Esta Comisión Nacional": the bulletin's own body, as it
        // calls itself, not a name; "esta Universidad Autónoma de Ciudad Juárez" is one.
        i = end - 1;
        continue;
      } else {
        organization = organization_named(scan, name, key);
      }
      absorb_inner_mentions(scan, begin, end);
      add_mention(scan, organization, begin, end);
      i = end - 1;
    }
  }
}

// Upper-case words next to other upper-case words that include a Spanish function word or an
// accent are a title in capitals ("PARA VERACRUZ, EL ISSSTE DESTINA"), not acronyms.
bool is_year(std::string_view word) {
  return word.size() == 4 && (word.starts_with("19") || word.starts_with("20")) &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool in_capitals_run(const Text& text, std::size_t i) {
  std::size_t first = i;
  std::size_t last = i;
  while (first > text.sentence_begin(i) && text[first - 1].word && text[first - 1].upper) --first;
  while (last + 1 < text.sentence_end(i) && text[last + 1].word && text[last + 1].upper) ++last;
  if (last - first + 1 >= 3) return true;
  if (last == first) return false;
  // "DATOS NACIONALES": two long words in capitals are a label's, no pair of acronyms.
  constexpr std::size_t kMinWordLetters = 5;
  if (last - first == 1 && text[first].text.size() >= kMinWordLetters &&
      text[last].text.size() >= kMinWordLetters) {
    return true;
  }
  for (std::size_t k = first; k <= last; ++k) {
    if (text[k].accented || is_connector(text[k].folded) || is_function_word(text[k].folded)) {
      return true;
    }
  }
  return false;
}

// Glued to other marks without a space: part of a URL or a path ("Hospitalarios/SAFE").
bool glued(const Text& text, std::size_t i) {
  const auto touches = [&](std::size_t a, std::size_t b) {
    return text[a].paragraph == text[b].paragraph && text[a].end == text[b].begin;
  };
  if (i > 0 && touches(i - 1, i)) {
    const std::string_view mark = text[i - 1].text;
    if (mark != "(" && !is_open_quote(mark) && mark != "-") return true;
  }
  if (i + 1 < text.size() && touches(i, i + 1)) {
    const std::string_view mark = text[i + 1].text;
    // "US$3.500 millones": a currency's letters before its sign.
    if (mark == "/" || mark == "_" || mark == "=" || mark == "@" || mark == "$" ||
        text[i + 1].word) {
      return true;
    }
  }
  return false;
}

// A weekday or a month's abbreviation in capitals, as tables and date badges print them: "N, Ñ,
// O | JUEVES |", "NOV 28". Folded.
bool is_date_word(std::string_view folded) {
  static constexpr std::string_view kDateWords[] = {
      "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "ene", "feb", "abr",
      "jun",   "jul",    "ago",       "sep",    "sept",    "set",    "oct",     "nov", "dic"};
  return std::find(std::begin(kDateWords), std::end(kDateWords), folded) != std::end(kDateWords);
}

// The folded words the text writes in lower case somewhere.
std::unordered_set<std::string_view> lower_case_words(const Text& text) {
  std::unordered_set<std::string_view> words;
  for (const Token& t : text.tokens) {
    if (t.word && !t.initial) words.insert(t.folded);
  }
  return words;
}

void find_acronyms(Scan& scan) {
  Text& text = scan.text;
  std::optional<std::unordered_set<std::string_view>> lower_case;  // built when first needed
  for (std::size_t i = 0; i < text.size(); ++i) {
    const Token& t = text[i];
    if (!text.free(i) || !t.word || !(acronym_like(t) || t.capitalized)) continue;
    // An acronym the text used before, or paired with a name; in mixed case ("la Sedarpa"
    // after "(Sedarpa)") only as that pair wrote it and four letters long at least, since
    // "Más" is no "MAS" and "Pan" no "PAN".
    const auto learned = scan.organization_keys.find(t.folded);
    const bool written_alike =
        acronym_like(t) || (learned != scan.organization_keys.end() && t.text.size() >= 4 &&
                            scan.organizations[learned->second].id == t.text);
    if (learned != scan.organization_keys.end() && written_alike) {
      add_mention(scan, learned->second, i, i + 1);
      continue;
    }
    if (!acronym_like(t)) continue;
    if (text.shouting[t.sentence] || in_capitals_run(text, i) || glued(text, i)) continue;
    if (is_roman_numeral(t.text) || is_function_word(t.folded) || is_connector(t.folded) ||
        is_month(t.folded) || is_date_word(t.folded) ||
        scan.classes[i].honorific /* "el LIC. HORACIO…" */ ||
        scan.gazetteer.is_not_organization(t.text) ||
        scan.not_organization_keys.contains(t.folded) || scan.gazetteer.find_state(t.text) ||
        scan.gazetteer.find_official(t.text)) {
      continue;
    }
    // "AGUASCALIENTES, AGS.": a state's abbreviation after its town, as datelines write it.
    if (i > 0 && is_punct(text[i - 1], ",") &&
        scan.matchers.abbreviations.match(text, i, i + 1).length == 1) {
      continue;
    }
    // «“PLAN DN-III-E”»: a programme's word in capitals, and the name after one.
    if (scan.gazetteer.is_not_organization_head(t.text) ||
        (i > 0 && text[i - 1].word && scan.gazetteer.is_not_organization_head(text[i - 1].text))) {
      continue;
    }
    if (ends_thing_name(scan, i)) continue;
    // "el diputado del PAN": an acronym the gazetteer keeps as an id but not as an alias.
    const GazetteerOrganization* known = scan.gazetteer.organization_by_id(t.text);
    // "la FITUR 2026", "el POA 2018": an unknown acronym with a year is an edition of an
    // event or a plan.
    if (!known && i + 1 < text.size() && is_year(text[i + 1].text)) continue;
    // "ISO 9000", "ISO 14001": an unknown acronym before a number of four digits or more,
    // no year, names a standard or a model.
    constexpr std::size_t kMinStandardDigits = 4;
    if (!known && i + 1 < text.size() && text[i + 1].text.size() >= kMinStandardDigits &&
        std::all_of(text[i + 1].text.begin(), text[i + 1].text.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      continue;
    }
    // "60 UF", "500 MW": an unknown acronym after a quantity is its unit.
    if (!known && i > 0 && !text[i - 1].text.empty() &&
        std::isdigit(static_cast<unsigned char>(text[i - 1].text.front()))) {
      continue;
    }
    // «el buque “CALIFORNIA”»: an unknown word in capitals alone between quotes names a thing.
    if (!known && i > 0 && i + 1 < text.size() && is_open_quote(text[i - 1].text) &&
        is_close_quote(text[i + 1].text)) {
      continue;
    }
    // "RESPECTO DE LA SENTENCIA" where the text also says "la sentencia": a word in capitals.
    if (!known) {
      if (!lower_case) lower_case = lower_case_words(text);
      if (lower_case->contains(t.folded)) continue;
    }
    const std::size_t organization =
        known ? add_known(scan, *known) : add_organization(scan, std::string(t.text), "");
    scan.organization_keys[t.folded] = organization;
    add_mention(scan, organization, i, i + 1);
  }
}

// After a body's name, words that make it the states' own: "estatales", "de Jalisco", "del
// estado", "de las entidades federativas", "de los 32 estados".
bool states_own_after(const Scan& scan, std::size_t k, std::size_t last) {
  constexpr std::size_t kWordsToStates = 3;  // "de los 32 estados"
  const Text& text = scan.text;
  if (state_level_after(scan, k, last)) return true;
  if (!text.is(k, "de") && !text.is(k, "del")) return false;
  for (std::size_t j = k + 1; j < last && j <= k + kWordsToStates; ++j) {
    if (text.is(j, "estados") || text.is(j, "entidades")) return true;
  }
  return false;
}

// "las secretarías de Educación Pública y Salud", "los institutos nacionales de Cancerología,
// de Rehabilitación y de Pediatría": a plural head shared by a list of two or more
// complements, each a known organization's name with the head in the singular. Only names the
// gazetteer knows are taken, the longest first ("Hacienda y Crédito Público" before
// "Hacienda"). One name alone in the plural ("las secretarías de Salud") is the states' own,
// and so is a list that a state or "de los estados" qualifies.
void find_shared_heads(Scan& scan) {
  constexpr std::size_t kLongestComplement = 8;  // tokens
  struct Item {
    std::size_t begin, end;
    const GazetteerOrganization* known;
  };
  Text& text = scan.text;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    std::string head;
    std::size_t k = i + 1;
    if (text.is(i, "secretarias")) {
      head = "Secretaría de ";
    } else if (text.is(i, "institutos") && text.is(i + 1, "nacionales")) {
      head = "Instituto Nacional de ";
      ++k;
    } else {
      continue;
    }
    const std::size_t last = text.sentence_end(i);
    std::vector<Item> items;
    bool states_own = false;
    while (k < last && !states_own) {
      std::size_t begin = k;
      if (text.is(begin, "de") || text.is(begin, "del")) ++begin;
      if (!items.empty() && begin == k && !text[k].initial) break;  // "…y Salud": no "de"
      Item item{begin, begin, nullptr};
      for (std::size_t m = std::min(last, begin + kLongestComplement); m > begin; --m) {
        if (!text[m - 1].word) continue;
        bool unclaimed = true;
        for (std::size_t f = begin; f < m && unclaimed; ++f) unclaimed = text.free(f);
        if (!unclaimed) continue;
        item.known = scan.gazetteer.find_organization(head + std::string(text.span(begin, m - 1)));
        if (item.known) {
          item.end = m;
          break;
        }
      }
      if (!item.known) break;
      items.push_back(item);
      k = item.end;
      states_own = states_own_after(scan, k, last);
      if (k + 2 < last && is_punct(text[k], "(") && is_punct(text[k + 2], ")")) k += 3;
      if (k < last && (is_punct(text[k], ",") || text.is(k, "y") || text.is(k, "e"))) {
        ++k;
        if (k < last && text.is(k, "y")) ++k;  // ", y de Marina"
        continue;
      }
      break;
    }
    states_own = states_own || (k < last && states_own_after(scan, k, last));
    if (items.size() < 2 || states_own) continue;
    for (const Item& item : items)
      add_mention(scan, add_known(scan, *item.known), item.begin, item.end);
    i = k;
  }
}

}  // namespace

namespace {

// The initials of a name's capitalised words, folded: "Comisión Estatal Electoral" -> "cee".
std::string initials_of(std::string_view name) {
  std::string initials;
  for (std::size_t at = 0; at < name.size();) {
    std::size_t space = name.find(' ', at);
    if (space == std::string_view::npos) space = name.size();
    if (space > at) {
      const std::string_view word = name.substr(at, space - at);
      int32_t length = 0;
      UChar32 first = 0;
      U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), length,
              static_cast<int32_t>(word.size()), first);
      const std::string folded = Analyzer::fold(word);
      if (u_isupper(first) && !folded.empty()) initials += folded[0];
    }
    at = space + 1;
  }
  return initials;
}

// "La Comisión Estatal Electoral celebró…" and later "la CEE": a name the text never pairs
// with its acronym in parentheses is still the body the acronym's initials spell, one
// organization with its name rather than two.
void link_names_to_acronyms(Scan& scan) {
  for (std::size_t acronym = 0; acronym < scan.organizations.size(); ++acronym) {
    FoundOrganization& short_form = scan.organizations[acronym];
    if (!short_form.name.empty() || short_form.id.size() < 2) continue;
    const std::string letters = Analyzer::fold(short_form.id);
    for (std::size_t named = 0; named < scan.organizations.size(); ++named) {
      const FoundOrganization& full = scan.organizations[named];
      if (named == acronym || full.id != full.name || initials_of(full.name) != letters) continue;
      short_form.name = full.name;
      for (Mention& mention : scan.organization_mentions) {
        if (mention.entity == named) mention.entity = acronym;
      }
      break;
    }
  }
}

// "el Tribunal Superior de Justicia del Estado de Veracruz", and later "el Tribunal Superior
// de Justicia": a name that another name found in the text goes on from ("de…", "del…") is
// that body, one organization; not when two names go on from it. The longer name may be a
// known body's: "la Comisión Nacional de los Derechos Humanos", then "la Comisión Nacional".
void link_short_names_to_full_ones(Scan& scan) {
  // Folded names of all the bodies found, and whether each was found by its words (not a
  // known one nor an acronym): only those may be a short form.
  std::vector<std::string> folded(scan.organizations.size());
  std::vector<bool> by_words(scan.organizations.size());
  for (std::size_t o = 0; o < folded.size(); ++o) {
    const FoundOrganization& organization = scan.organizations[o];
    folded[o] = Analyzer::fold(organization.name);
    by_words[o] = organization.id == organization.name;
  }
  for (std::size_t shorter = 0; shorter < folded.size(); ++shorter) {
    if (!by_words[shorter]) continue;
    std::optional<std::size_t> longer;
    bool several = false;
    for (std::size_t candidate = 0; candidate < folded.size(); ++candidate) {
      const std::string& full = folded[candidate];
      if (candidate == shorter || full.size() <= folded[shorter].size() ||
          !full.starts_with(folded[shorter])) {
        continue;
      }
      const std::string_view rest = std::string_view(full).substr(folded[shorter].size());
      // "… de la Ciudad de México", or the areas a name lists after a comma ("Instituto de
      // Transparencia, Acceso a la Información Pública…").
      if (!rest.starts_with(" de ") && !rest.starts_with(" del ") && !rest.starts_with(", ")) {
        continue;
      }
      several = several || longer.has_value();
      longer = candidate;
    }
    if (!longer || several) continue;
    for (Mention& mention : scan.organization_mentions) {
      if (mention.entity == shorter) mention.entity = *longer;
    }
  }
}

}  // namespace

void find_organizations(Scan& scan) {
  find_pairs(scan);
  find_shared_heads(scan);
  find_gazetteer_names(scan);
  find_numbered_legislatures(scan);
  find_head_names(scan);
  find_acronyms(scan);
  link_names_to_acronyms(scan);
  link_short_names_to_full_ones(scan);
}

}  // namespace hemeroteca::entities
