// Officials: gazetteer names first, then people introduced with a post (the anchors), then
// every later mention of them by surname or by post alone.
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "entity_scan.h"
#include "hemeroteca/indexer/spanish_numbers.h"
#include "hemeroteca/indexer/text_util.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca::entities {
namespace {

constexpr std::size_t npos = std::string_view::npos;

struct NameSpan {
  std::size_t begin = 0;  // tokens [begin, end), honorifics excluded
  std::size_t end = 0;
  std::vector<std::string> words;  // folded, without particles
};

// Per-scan bookkeeping of this stage: which tokens already belong to a post read as part of
// an anchor, so the post-alone pass does not count them again.
struct OfficialScan {
  Scan& scan;
  std::vector<bool> post_used;
};

// Whether token k is the period of an initial or "Ma." inside a name: "J. Guadalupe", "Juan M.
// Pérez", "Ma. Elena".
bool initial_period(const Text& text, std::size_t k) {
  return k > 0 && is_punct(text[k], ".") && text[k].begin == text[k - 1].end && text[k - 1].word &&
         text[k - 1].initial && (text[k - 1].text.size() == 1 || text[k - 1].folded == "ma");
}

// A person's name at token i (after an optional article and honorifics): 2-5 capitalised
// words joined by particles ("Lerdo de Tejada") or a final "y" ("Sánchez y Tépoz").
std::optional<NameSpan> name_at(const Scan& scan, std::size_t i, std::size_t limit) {
  const Text& text = scan.text;
  if (i < limit && is_article(text[i].folded) && honorific_length(scan, i + 1) > 0) ++i;
  while (std::size_t h = honorific_length(scan, i)) i += h;
  // "C. Pedro Dueñas Barraza": "Ciudadano", as municipal offices title everyone, before a
  // given name and two more words at least; "C. Guadalupe Ruiz" keeps its initial.
  if (i + 4 < limit && text[i].text == "C" && initial_period(text, i + 1) &&
      scan.gazetteer.is_given_name(text[i + 2].folded) && name_word(scan, i + 3) &&
      name_word(scan, i + 4)) {
    i += 2;
  }
  NameSpan name{i, i, {}};
  std::size_t j = i;
  while (j < limit) {
    if (name_word(scan, j)) {
      // "J. Guadalupe Torres Sánchez", "Ma. Elena Ruiz", "Juan M. Pérez": an initial or "Ma."
      // and its period, inside a name that goes on; not a sentence's last letter ("el Plan B.
      // Lorenzo Córdova…", "la vitamina D. José…"): a lone initial opens a name only after a
      // mark, a title or a post, and follows only a first name.
      // "los diputados J. Jesús Cabrera Jiménez, …": after a post in the plural too.
      const bool opens_after = j == 0 || !text[j - 1].word || honorific_length(scan, j - 1) > 0 ||
                               role_word_length(scan, j - 1) > 0 ||
                               !plural_post_singular(scan, j - 1).empty();
      // "la Directora de la OPS, Carissa F. Etienne,": after the comma that parts a post from
      // its holder, the first word is a first name the gazetteer may not know.
      const bool follows_first_name =
          !name.words.empty() &&
          (scan.gazetteer.is_given_name(name.words.back()) ||
           (name.words.size() == 1 && name.begin > 0 && is_punct(text[name.begin - 1], ",")));
      const bool initial_allowed =
          text[j].folded == "ma" || (name.words.empty() ? opens_after : follows_first_name);
      name.words.push_back(text[j].folded);
      if (initial_allowed && j + 2 < limit && initial_period(text, j + 1) &&
          name_word(scan, j + 2)) {
        j += 2;
        continue;
      }
      ++j;
      continue;
    }
    // A surname that is also a title ends the name: "Maricela Martínez Coronel".
    if (name.words.size() >= 2 && text[j].word && text[j].capitalized &&
        scan.classes[j].honorific && text.owner[j] == Owner::kNone &&
        (j + 1 >= limit || !name_word(scan, j + 1))) {
      name.words.push_back(text[j].folded);
      ++j;
      break;
    }
    if (name.words.empty() || !text[j].word) break;
    if (text[j].folded == "y") {
      const bool last_word =
          j + 1 < limit && name_word(scan, j + 1) &&
          !(j + 2 < limit && (name_word(scan, j + 2) || is_name_particle(text[j + 2].folded)));
      if (last_word) {
        name.words.push_back(text[j + 1].folded);
        j += 2;
      }
      break;
    }
    std::size_t k = j;
    while (k < limit && k - j < 3 && text[k].word && is_name_particle(text[k].folded) &&
           text[k].folded != "y") {
      ++k;
    }
    if (k == j || k >= limit || !name_word(scan, k)) break;
    j = k;
  }
  name.end = j;
  if (name.words.size() < 2 || name.words.size() > 5) return std::nullopt;
  // Initials alone are no name: "C.P." (contador público) before one.
  const auto spelled = std::count_if(name.words.begin(), name.words.end(),
                                     [](const std::string& word) { return word.size() > 1; });
  if (spelled < 2) return std::nullopt;
  return name;
}

// Is `part` a way to refer to `full`: its first two or more words, its surnames (the last
// two words of a four-word name, from the second word of shorter ones), its first and last
// words ("Alejandra Novelo" for Alejandra Segura Novelo, as Yucatán's press writes), or a
// given name and the first surname of a four-word name: the second given name, which some go
// by ("Elena Álvarez-Buylla" for María Elena Álvarez-Buylla Roces), or the first ("Édgar
// Reséndiz" for Édgar Javier Reséndiz Jacobo).
bool short_form_of(const std::vector<std::string>& full, const std::vector<std::string>& part) {
  if (part.empty() || part.size() > full.size()) return false;
  if (part.size() >= 2 && std::equal(part.begin(), part.end(), full.begin())) return true;
  if (part.size() == 2 && (full.size() == 3 || full.size() == 4) && part.front() == full.front() &&
      part.back() == full.back()) {
    return true;
  }
  if (part.size() == 2 && full.size() == 4 && (part[0] == full[0] || part[0] == full[1]) &&
      part[1] == full[2]) {
    return true;
  }
  const std::size_t surnames = full.size() >= 4 ? full.size() - 2 : 1;
  for (std::size_t a = surnames; a + part.size() <= full.size(); ++a) {
    if (std::equal(part.begin(), part.end(), full.begin() + a)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> content_words(std::string_view name) {
  std::vector<std::string> words;
  for (const Token& token : tokenize(name, 0, 0)) {
    if (token.word && !is_name_particle(token.folded)) words.push_back(token.folded);
  }
  return words;
}

std::size_t honorific_length(const Scan& scan, std::size_t i) {
  const Text& text = scan.text;
  if (i >= text.size() || !scan.classes[i].honorific) return 0;
  const bool dotted =
      i + 1 < text.size() && is_punct(text[i + 1], ".") && text[i + 1].begin == text[i].end;
  return dotted ? 2 : 1;
}

bool name_word(const Scan& scan, std::size_t i) {
  const Text& text = scan.text;
  return i < text.size() && scan.classes[i].name_candidate &&
         (text.owner[i] == Owner::kNone || text.owner[i] == Owner::kPerson);
}

std::size_t person_for_known(Scan& scan, const GazetteerOfficial& known, std::string_view written) {
  std::size_t person = 0;
  while (person < scan.people.size() && scan.people[person].id != known.id) ++person;
  if (person == scan.people.size()) {
    const auto index = static_cast<std::size_t>(&known - scan.gazetteer.officials().data());
    scan.people.push_back({known.id, known.name, &known, scan.matchers.official_forms[index], {}});
  }
  // The name as the bulletin writes it in full ("Zoé Robledo Aburto" where the gazetteer says
  // "Zoé Robledo"), unless a title in capitals writes it.
  std::string& name = scan.people[person].name;
  const auto words = [](std::string_view text) {
    return std::count(text.begin(), text.end(), ' ');
  };
  const bool capitals =
      std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (words(written) > words(name) && !capitals) name = std::string(written);
  return person;
}

void add_person_mention(Scan& scan, std::size_t person, std::size_t begin, std::size_t end) {
  for (PersonMention& mention : scan.person_mentions) {
    if (mention.begin < end && begin < mention.end) {
      mention.begin = std::min(mention.begin, begin);
      mention.end = std::max(mention.end, end);
      return;
    }
  }
  scan.person_mentions.push_back({{person, begin, end}, true});
}

bool short_form_of(const Person& person, const std::vector<std::string>& part) {
  return std::any_of(person.forms.begin(), person.forms.end(), [&](const auto& form) {
    return form.size() > part.size() ? short_form_of(form, part) : form == part;
  });
}

namespace {

// "JORGE LUIS QUIROZ ALEMÁN" as "Jorge Luis Quiroz Alemán": a name written in capitals, as
// names are written elsewhere; particles in lower case, an initial's period kept.
std::string in_title_case(const Text& text, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t k = begin; k < end; ++k) {
    const Token& token = text[k];
    if (!token.word) {
      out += token.text;
      continue;
    }
    if (!out.empty()) out += ' ';
    if (is_name_particle(token.folded)) {
      out += token.lower;
      continue;
    }
    int32_t length = 0;
    const UChar32 first = first_code_point(token.lower, &length);
    icu::UnicodeString capital(u_toupper(first));
    capital.toUTF8String(out);
    out += token.lower.substr(static_cast<std::size_t>(length));
  }
  return out;
}

std::size_t person_for_name(Scan& scan, const NameSpan& name) {
  for (const PersonMention& mention : scan.person_mentions) {
    if (mention.begin <= name.begin && name.begin < mention.end) return mention.entity;
  }
  const std::string written(scan.text.span(name.begin, name.end - 1));
  if (const GazetteerOfficial* known = scan.gazetteer.find_official(written)) {
    return person_for_known(scan, *known, written);
  }
  const std::string id = slug(written);
  for (std::size_t p = 0; p < scan.people.size(); ++p) {
    if (scan.people[p].id == id) return p;
  }
  const bool capitals = std::all_of(
      name.begin + scan.text.tokens.begin(), name.end + scan.text.tokens.begin(),
      [](const Token& token) { return !token.word || token.upper || token.text.size() == 1; });
  scan.people.push_back({id,
                         capitals ? in_title_case(scan.text, name.begin, name.end) : written,
                         nullptr,
                         {name.words},
                         {}});
  return scan.people.size() - 1;
}

// Whether the word before the name at `name` introduces a journalist or an activist ("el
// periodista Aurelio Campos, director del semanario El Gráfico"): whatever post follows, the
// outlet's or the group's, they hold no public office.
bool introduced_as_private(const Scan& scan, const NameSpan& name) {
  static constexpr std::string_view kPrivateCalls[] = {
      "periodista",   "periodistas",    "reportero",  "reportera",    "comunicador",
      "comunicadora", "fotoperiodista", "columnista", "corresponsal", "activista"};
  return name.begin > 0 && std::find(std::begin(kPrivateCalls), std::end(kPrivateCalls),
                                     scan.text[name.begin - 1].folded) != std::end(kPrivateCalls);
}

void add_anchor(OfficialScan& s, const Role& role, const NameSpan& name) {
  if (introduced_as_private(s.scan, name)) return;
  const std::size_t person = person_for_name(s.scan, name);
  s.scan.people[person].roles.push_back(role);
  add_person_mention(s.scan, person, std::min(role.begin, name.begin),
                     std::max(role.end, name.end));
  for (std::size_t i = name.begin; i < name.end; ++i) s.scan.text.owner[i] = Owner::kPerson;
  for (std::size_t i = role.begin; i < role.end; ++i) s.post_used[i] = true;
}

// Whether the words at i follow a street's word ("calle", "avenida", "Av.", "colonia"…).
bool names_a_street(const Text& text, std::size_t i) {
  static constexpr std::string_view kStreetWords[] = {
      "calle", "avenida",         "av",        "avda",     "boulevard", "bulevar",
      "blvd",  "calzada",         "privada",   "callejon", "andador",   "colonia",
      "col",   "fraccionamiento", "carretera", "paseo",    "circuito",  "periferico"};
  std::size_t before = i;
  if (before > 0 && is_punct(text[before - 1], ".")) --before;  // "Av. Insurgentes"
  return before > 0 && text[before - 1].word &&
         std::find(std::begin(kStreetWords), std::end(kStreetWords), text[before - 1].folded) !=
             std::end(kStreetWords);
}

void find_known_names(Scan& scan) {
  Text& text = scan.text;
  for (const auto& [first, last] : text.sentences) {
    for (std::size_t i = first; i < last; ++i) {
      if (!text.free(i) || !text[i].word) continue;
      const PhraseMatcher::Match match = scan.matchers.officials.match(text, i, last);
      if (match.length == 0) continue;
      // "Germán Martínez Santoyo" is not "Germán Martínez" (Cázares): a name that goes on past
      // every form the gazetteer knows is someone else's.
      if (i + match.length < last && name_word(scan, i + match.length)) continue;
      // "calle Lerdo de Tejada", "avenida Adolfo López Mateos": a street named after someone.
      if (names_a_street(text, i)) continue;
      const std::size_t person = person_for_known(scan, scan.gazetteer.officials()[match.target],
                                                  text.span(i, i + match.length - 1));
      add_person_mention(scan, person, i, i + match.length);
      for (std::size_t k = i; k < i + match.length; ++k) text.owner[k] = Owner::kPerson;
      i += match.length - 1;
    }
  }
}

// Where the run of words a name ending at `end` may take begins: name words, particles,
// initials, and with `list` the "y" of names listed together.
std::size_t name_run_start(const Scan& scan, std::size_t end, bool list) {
  const Text& text = scan.text;
  std::size_t start = end;
  while (start > text.sentence_begin(end) &&
         (name_word(scan, start - 1) || (list && text[start - 1].folded == "y") ||
          is_name_particle(text[start - 1].folded) || initial_period(text, start - 1))) {
    --start;
  }
  return start;
}

// The name that ends at `end` within the run from `start`: the longest, or from a first name
// inside it ("Hoy Juan Pérez López director de…") with `from_first_name` and when the longest
// has the most words a name may have ("el general de Brigada Diplomado de Estado Mayor Claudio
// Edmundo Huizar de la Torre, comandante…"; not "Arnulfo Joel Correa Chacón, presidente…").
std::optional<NameSpan> name_ending_at(const Scan& scan, std::size_t start, std::size_t end,
                                       bool from_first_name) {
  constexpr std::size_t kMostNameWords = 5;
  std::optional<NameSpan> chosen;
  for (; start < end; ++start) {
    const auto name = name_at(scan, start, end);
    if (!name || name->end != end) continue;
    if (!chosen) {
      chosen = name;
      from_first_name = from_first_name || name->words.size() >= kMostNameWords;
    }
    if (!from_first_name) break;
    if (scan.gazetteer.is_given_name(scan.text[name->begin].folded)) return name;
  }
  return chosen;
}

// Whether the name that ends at the comma at c follows a preposition: "con Ricardo Monreal,".
bool governed_name_before(const Text& text, std::size_t c) {
  std::size_t k = c;
  while (k > 0 && text[k - 1].word &&
         (text[k - 1].capitalized || is_name_particle(text[k - 1].folded))) {
    --k;
  }
  return k > 0 && k < c && is_preposition(text[k - 1].folded);
}

// The post word that follows the comma at c and says what the name before it is: right
// after it ("Nombre, director de…"), or after a few words and "como" ("Nombre, propuesto como
// director general…", "Nombre, quien rindió protesta como Jefa de Gobierno"); npos if none.
std::size_t post_after_comma(const Scan& scan, std::size_t c) {
  constexpr std::size_t kMaxWordsBeforeComo = 4;
  const Text& text = scan.text;
  if (role_word_length(scan, c + 1) > 0) return c + 1;
  // "Nombre, primera secretaria; Nombre, segundo vocal": a board's posts by their order.
  if (c + 2 < text.size() && is_ordinal(text[c + 1].folded) && role_word_length(scan, c + 2) > 0) {
    return c + 2;
  }
  const std::size_t last = text.sentence_end(c);
  // "Christian Skoog, el nuevo representante de UNICEF.": an article, perhaps "nuevo" or
  // "actual", then the post, which ends the sentence or a clause ("…, inauguró"). A post that
  // goes on to a name ("el Gobernador de Jalisco, Pablo Lemus"), a verb ("el secretario general
  // del IMSS precisó"), a list's next item or "y" opens a phrase of its own; so does one after
  // a name a preposition governs ("Tras reunirse con Nombre, el gobernador, satisfecho,
  // anunció"), unless it ends the sentence ("presentó a Nombre, el nuevo representante.").
  if (c + 2 < last && (text.is(c + 1, "el") || text.is(c + 1, "la"))) {
    std::size_t k = c + 2;
    static constexpr std::string_view kTenureWords[] = {"nuevo", "nueva", "actual"};
    if (k < last && std::find(std::begin(kTenureWords), std::end(kTenureWords), text[k].folded) !=
                        std::end(kTenureWords)) {
      ++k;
    }
    const auto role = k < last ? role_at(scan, k) : std::nullopt;
    if (role) {
      const std::size_t end = role->end;
      const bool sentence_ends = end >= last || is_punct(text[end], ".");
      const bool clause_ends = is_punct(text[end], ",") && end + 1 < last && text[end + 1].word &&
                               !text[end + 1].initial && !is_connector(text[end + 1].folded) &&
                               !text.is(end + 1, "o") && !text.is(end + 1, "u") &&
                               !governed_name_before(text, c);
      if (sentence_ends || clause_ends) return k;
    }
  }
  // Words that give the post now: "quien trabajó como director" held it once.
  static constexpr std::string_view kAppointments[] = {
      "propuesto", "propuesta",  "designado",  "designada", "nombrado", "nombrada", "electo",
      "electa",    "ratificado", "ratificada", "protesta",  "funge",    "desempena"};
  bool appointed = false;
  for (std::size_t k = c + 1; k < last && k <= c + kMaxWordsBeforeComo + 1; ++k) {
    if (!text[k].word || text[k].initial) return npos;
    if (text.is(k, "como")) {
      const bool post = appointed && k + 1 < last && role_word_length(scan, k + 1) > 0;
      return post ? k + 1 : npos;
    }
    appointed = appointed || std::find(std::begin(kAppointments), std::end(kAppointments),
                                       text[k].folded) != std::end(kAppointments);
  }
  return npos;
}

// The end of a place that a listed name carries after its comma: a state ("Nombre,
// Aguascalientes; Nombre…", "Nombre, Baja California Sur;") or a zone ("Nombre, Zona
// Noreste;"); `k` when none starts there.
std::size_t past_listed_place(const Scan& scan, std::size_t k, std::size_t last) {
  constexpr std::size_t kLongestPlace = 4;  // words
  const Text& text = scan.text;
  std::size_t end = k;
  while (end < last && end - k < kLongestPlace && text[end].word && text[end].initial) ++end;
  if (end == k || (end < last && text[end].word && !text.is(end, "y"))) return k;
  const bool zone = text.is(k, "zona") || text.is(k, "region");
  return zone || scan.gazetteer.find_state(text.span(k, end - 1)) ? end : k;
}

// Whether the name joins words with "y" and opens with no first name: the words of an area
// ("Desarrollo Agrario, Territorial y Urbano"), where "Ana Sánchez y Tépoz" is a person's.
bool joins_words_without_first_name(const Scan& scan, const NameSpan& name) {
  if (scan.gazetteer.is_given_name(scan.text[name.begin].folded)) return false;
  for (std::size_t k = name.begin; k < name.end; ++k) {
    if (scan.text.is(k, "y") || scan.text.is(k, "e")) return true;
  }
  return false;
}

// "el director general del IMSS, Mtro. Zoé Robledo" and "Zoé Robledo, director general".
void find_comma_anchors(OfficialScan& s) {
  const Text& text = s.scan.text;
  for (std::size_t c = 1; c + 1 < text.size(); ++c) {
    if (text[c].word) continue;  // the marks that part a post from a name, below
    // "el secretario del Ayuntamiento de Cadereyta Jiménez; Roberto Díaz García": a semicolon
    // typed for the comma between a post and the name of its holder.
    const bool semicolon_for_comma =
        is_punct(text[c], ";") && s.scan.gazetteer.is_given_name(text[c + 1].folded);
    // "la doctora Alicia Mattiazzi (directora del CIC)": the post between parentheses after the
    // name, as a comma would part it.
    if (is_punct(text[c], "(") && role_word_length(s.scan, c + 1) > 0) {
      const auto name = name_ending_at(s.scan, name_run_start(s.scan, c, /*list=*/true), c,
                                       /*from_first_name=*/false);
      const auto role = name ? role_at(s.scan, c + 1) : std::nullopt;
      if (role && role->end < text.size() && is_punct(text[role->end], ")")) {
        add_anchor(s, *role, *name);
      }
      continue;
    }
    // "el Procurador General de la República (Arturo Chávez Chávez)": the holder between
    // parentheses after the post.
    if (is_punct(text[c], "(")) {
      const std::size_t head = role_before_comma(s.scan, c);
      const auto name =
          head != npos && !s.post_used[head] ? name_at(s.scan, c + 1, text.size()) : std::nullopt;
      if (name && name->begin == c + 1 && name->end < text.size() &&
          is_punct(text[name->end], ")") && s.scan.gazetteer.is_given_name(text[c + 1].folded)) {
        add_anchor(s, make_role(s.scan, head, c), *name);
      }
      continue;
    }
    if (!is_punct(text[c], ",") && !semicolon_for_comma) continue;
    const std::size_t last = text.sentence_end(c);
    const std::size_t head = role_before_comma(s.scan, c);
    // "Nombre, presidenta del Consejo, Otro Nombre, directora": a post already said of the
    // name before it is not also the next name's.
    if (head != npos && !s.post_used[head]) {
      // "la alcaldesa de Tijuana, Baja California, Montserrat Caballero": the state of the
      // post's town between two commas, the name after the second.
      std::size_t name_from = c + 1;
      if (const std::size_t place_end = past_listed_place(s.scan, c + 1, last);
          place_end != c + 1 && place_end + 1 < last && is_punct(text[place_end], ",")) {
        name_from = place_end + 1;
      }
      auto name = name_at(s.scan, name_from, last);
      // "el presidente del Poder Judicial, magistrado Pedro Antonio Enríquez Soto": a rank
      // before the name, as a title is.
      if (!name && role_word_length(s.scan, c + 1) == 1) {
        name = name_at(s.scan, c + 2, last);
        if (name && !s.scan.gazetteer.is_given_name(text[name->begin].folded)) name.reset();
      }
      // "el comandante de la Zona Militar; Roberto Díaz García, presidente municipal…; y…": in
      // a list parted by semicolons, the name after one goes with the post after it.
      if (semicolon_for_comma && name && name->end < last && is_punct(text[name->end], ",") &&
          post_after_comma(s.scan, name->end) != npos) {
        name.reset();
      }
      // "el secretario de Desarrollo Agrario, Territorial y Urbano, Juan López Ruiz": the
      // area's list goes on past the comma, and the name follows the next one ("Ana Sánchez y
      // Tépoz" opens with a first name).
      std::size_t after_name = name ? name->end : last;
      if (after_name + 2 < last && is_punct(text[after_name], "(") &&
          is_punct(text[after_name + 2], ")")) {
        after_name += 3;  // "…Territorial y Urbano (SEDATU), Nombre"
      }
      if (name && after_name < last && is_punct(text[after_name], ",") &&
          joins_words_without_first_name(s.scan, *name)) {
        name.reset();
      }
      // "el Ministro de Vivienda, Ordenamiento Territorial y Medio Ambiente, Mariano Arana": the
      // list's last area of several words after the "y" that ends the run, then the comma.
      if (name && after_name < last && (text.is(after_name, "y") || text.is(after_name, "e")) &&
          !s.scan.gazetteer.is_given_name(text[name->begin].folded)) {
        std::size_t k = after_name + 1;
        while (k < last && text[k].word && (text[k].capitalized || is_connector(text[k].folded))) {
          ++k;
        }
        if (k > after_name + 1 && k < last && is_punct(text[k], ",")) name.reset();
      }
      if (name) {
        add_anchor(s, make_role(s.scan, head, c), *name);
        continue;
      }
    }
    if (semicolon_for_comma) continue;  // a post after the name follows a comma only
    const std::size_t post = post_after_comma(s.scan, c);
    if (post == npos) continue;
    const auto name = name_ending_at(s.scan, name_run_start(s.scan, c, /*list=*/true), c,
                                     /*from_first_name=*/false);
    // "el presidente del Poder Judicial, magistrado…": the words before the comma are the
    // complement of a post, not a name; but a first name opens a person's, whose post the
    // comma's gives: "la Presidente del CEN del PRD y de Miguel Ángel Mancera, Jefe de
    // Gobierno…".
    if (head != npos && !s.post_used[head] &&
        !(name && s.scan.gazetteer.is_given_name(text[name->begin].folded))) {
      continue;
    }
    // "en materia de Protección Marítima y Portuaria, Coordinadora de…": an area's words.
    if (name && !joins_words_without_first_name(s.scan, *name)) {
      if (const auto role = role_at(s.scan, post)) add_anchor(s, *role, *name);
    }
  }
}

// Where no comma parts a post's area from the name after it, "el Secretario de Marina José
// Rafael Ojeda Durán", "el subsecretario de Ordenamiento Territorial David Ricardo Cervantes
// Peredo": the capitalised words from `k` are the area and then the name, which runs to the
// words' end from the last first name (or run of them: "José Rafael") that opens a name there.
// Not a first name in a place's or a school's name: "San Luis Potosí", "Santa María del Oro",
// "la Preparatoria José Vasconcelos"; so "la Alcaldía Miguel Hidalgo Mauricio Tabe" is Mauricio
// Tabe's. Nothing when no first name splits the words so.
std::optional<NameSpan> name_after_area(const Scan& scan, std::size_t k, std::size_t last) {
  constexpr std::size_t kMaxAreaWords = 8;
  static constexpr std::string_view kNamedPlaces[] = {
      "san",      "santa",      "santo",          "sta",     "sto",      "preparatoria",
      "primaria", "secundaria", "telesecundaria", "plantel", "alcaldia", "colonia",
      "calle",    "avenida",    "parque",         "presa"};
  const Text& text = scan.text;
  const Gazetteer& gazetteer = scan.gazetteer;
  // The area may hold an ordinal, "para" and "en": "de la 1a Sala de Justicia para
  // Adolescentes", "de Agricultura en Sonora".
  const auto ordinal = [&](std::size_t i) {
    const std::string& word = text[i].folded;
    return word.size() >= 2 && std::isdigit(static_cast<unsigned char>(word[0])) &&
           (word.back() == 'a' || word.back() == 'o');
  };
  std::size_t end = k;
  while (end < last && text[end].word &&
         (text[end].capitalized || is_name_particle(text[end].folded) ||
          (end > k && (text[end].folded == "para" || text[end].folded == "en")) || ordinal(end))) {
    ++end;
  }
  while (end > k && !text[end - 1].capitalized) --end;  // "…Villalobos Arámbula y la"
  std::optional<NameSpan> found;
  for (std::size_t p = k + 1; p < end && p - k <= kMaxAreaWords; ++p) {
    const std::string& before = text[p - 1].folded;
    // Where a run of first names starts: "Marina" is the area of "de Marina José Rafael…".
    const bool inside_run = p - 1 > k && gazetteer.is_given_name(before);
    if (!text[p].capitalized || !gazetteer.is_given_name(text[p].folded) || inside_run ||
        is_not_name_word(before) ||
        std::find(std::begin(kNamedPlaces), std::end(kNamedPlaces), before) !=
            std::end(kNamedPlaces)) {
      continue;
    }
    const auto name = name_at(scan, p, last);
    if (name && name->begin == p && name->end == end) found = name;
  }
  return found;
}

// Where no comma parts a post's area from the name after it but a title opens the name:
// "la Presidenta del Poder Judicial Dra. Janet Tello Gilardi". Where the area ends (at the
// first honorific among its capitalised words from `k`) and the name; nothing when no title
// opens a name there.
struct TitledName {
  std::size_t area_end;
  NameSpan name;
};
std::optional<TitledName> name_after_titled_area(const Scan& scan, std::size_t k,
                                                 std::size_t last) {
  constexpr std::size_t kMaxAreaWords = 8;
  const Text& text = scan.text;
  for (std::size_t h = k + 1; h < last && h - k <= kMaxAreaWords; ++h) {
    if (honorific_length(scan, h) > 0) {
      auto name = name_at(scan, h, last);
      if (!name || name->begin == h || name->words.size() < 2) return std::nullopt;
      return TitledName{h, std::move(*name)};
    }
    if (!text[h].word || !(text[h].capitalized || is_name_particle(text[h].folded))) break;
  }
  return std::nullopt;
}

// "el Delegado estatal Renato Alarcón Guevara", "el director general del IMSS Zoé Robledo".
void find_post_name_anchors(OfficialScan& s) {
  const Text& text = s.scan.text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t length = role_word_length(s.scan, i);
    if (length == 0 || s.post_used[i] || !text.free(i)) continue;
    const std::size_t last = text.sentence_end(i);
    // The post's area from `k`, then its holder's name: "el subsecretario de Ordenamiento
    // Territorial David Cervantes". Not when a post ends the area: in "el Representante del
    // Presidente Felipe Calderón" the name is the post's before it, which its own turn of this
    // loop reads; the representative is another.
    const auto anchor_after_area = [&](std::size_t k) {
      if (const auto named = name_after_area(s.scan, k, last);
          named && role_word_length(s.scan, named->begin - 1) == 0) {
        add_anchor(s, make_role(s.scan, i, named->begin), *named);
      }
    };
    std::size_t j = i + length;
    while (j < last && is_role_modifier_at(s.scan, j)) ++j;
    // A complement that cannot be part of the name: an organization ("del IMSS") or one
    // word such as "de Gobierno", "de Salud".
    if (text.is(j, "de") || text.is(j, "del")) {
      std::size_t k = j + 1;
      if (k < last && is_article(text[k].folded)) ++k;
      if (const Mention* organization = s.scan.organization_at(k)) {
        j = organization->end;
      } else if (k < last && text[k].capitalized && is_not_name_word(text[k].folded)) {
        j = k + 1;
      } else if (const auto role =
                     k < last && !text[k].capitalized ? role_at(s.scan, i) : std::nullopt;
                 role && role->end > k && role->end < last &&
                 s.scan.gazetteer.is_given_name(text[role->end].folded)) {
        // "el alcalde de la capital Jorge Aldana": a generic place or body in lower case, then
        // a first name.
        j = role->end;
      }
    } else if (const Mention* organization = j < last ? s.scan.organization_at(j) : nullptr;
               organization != nullptr && organization->end < last) {
      // "el director ISC Christopher Amador Cervantes": the body right after the post, without
      // "de", before its holder's name.
      j = organization->end;
    }
    if (const auto name = name_at(s.scan, j, last)) {
      // "el secretario de Salud Pública Jorge Alcocer": past the complement's first word, more
      // of the area before a first name.
      const auto named = j > i + length && !s.scan.gazetteer.is_given_name(text[j].folded)
                             ? name_after_area(s.scan, j, last)
                             : std::nullopt;
      if (named && named->end == name->end) {
        add_anchor(s, make_role(s.scan, i, named->begin), *named);
      } else {
        add_anchor(s, make_role(s.scan, i, j), *name);
      }
    } else if (text.is(j, "de") || text.is(j, "del")) {
      if (const auto titled = name_after_titled_area(s.scan, j + 1, last)) {
        add_anchor(s, make_role(s.scan, i, titled->area_end), titled->name);
      } else {
        anchor_after_area(j + 1);
      }
    } else if (j > i + length && j < last && text[j].word && text[j].capitalized) {
      // "El presidente del Consejo Regional Miguel Sierpe dijo": the complement's first word,
      // no name's, goes on with more of the area before the name.
      anchor_after_area(j);
    }
  }
}

// "el Lic. Iván de Luna director de Investigación Estratégica", "Armando Rosales García
// subsecretario de Desarrollo Urbano y Vivienda": a name with its post right after it and no
// comma between. The post must say of what ("de…", "general"), so that a name before a bare
// word ("…Juan Pérez presidente.") is not read as one.
void find_name_post_anchors(OfficialScan& s) {
  const Text& text = s.scan.text;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const std::size_t length = role_word_length(s.scan, i);
    if (length == 0 || s.post_used[i] || !text.free(i) || !name_word(s.scan, i - 1) ||
        text.owner[i - 1] != Owner::kNone) {
      continue;
    }
    auto role = role_at(s.scan, i);
    if (!role) continue;
    const std::size_t start = name_run_start(s.scan, i, /*list=*/false);
    if (start > 0 && role_word_length(s.scan, start - 1) > 0) continue;  // "el director Nombre"
    const auto name = name_ending_at(s.scan, start, i, /*from_first_name=*/true);
    if (!name) continue;
    if (role->end <= i + length) {
      // "Dr. Ennio Vivaldi Véjar Rector Universidad de Chile": a signature's line, the body
      // right after the post without "de", the name opening the line and the body ending it.
      const Mention* body = s.scan.organization_at(i + length);
      const bool opens_line =
          name->begin == 0 || text[name->begin - 1].paragraph != text[name->begin].paragraph ||
          honorific_length(s.scan, name->begin - 1) > 0 || is_punct(text[name->begin - 1], ".");
      if (body == nullptr || !opens_line ||
          (body->end < text.size() && text[body->end].paragraph == text[i].paragraph &&
           !is_punct(text[body->end], "."))) {
        continue;
      }
      role = make_role(s.scan, i, body->end);
    }
    add_anchor(s, *role, *name);
  }
}

// "se designó a Damaris Ortiz como Secretaria General del CNE", "la designación del ciudadano
// Francisco José Espinoza Santibáñez como alcalde", "la juramentación del doctor Jon Kim Andrus
// como Director Adjunto": a name appointed (or sworn in) to a post, after a word
// of appointing a few words before it, and "como" and the post after it; or a name sworn in
// ("Carlos Joaquín tomó protesta como Gobernador").
void find_appointed_anchors(OfficialScan& s) {
  constexpr std::size_t kMaxWordsBeforeName = 5;  // "la designación del ciudadano Nombre"
  static constexpr std::string_view kAppointing[] = {"design",  "nombr",    "elig",    "eleg",
                                                     "ratific", "protesta", "jurament"};
  static constexpr std::string_view kSwearing[] = {"tomo", "toma", "rindio", "rinde"};
  const Text& text = s.scan.text;
  for (std::size_t c = 1; c + 1 < text.size(); ++c) {
    if (!text.is(c, "como") || role_word_length(s.scan, c + 1) == 0 || s.post_used[c + 1] ||
        !text.free(c + 1)) {
      continue;
    }
    // "Carlos Joaquín tomó protesta como Gobernador Constitucional": the name sworn in before
    // the oath.
    if (c >= 3 && text.is(c - 1, "protesta") &&
        std::any_of(std::begin(kSwearing), std::end(kSwearing),
                    [&](std::string_view verb) { return text.is(c - 2, verb); }) &&
        name_word(s.scan, c - 3)) {
      const auto sworn = name_ending_at(s.scan, name_run_start(s.scan, c - 2, /*list=*/false),
                                        c - 2, /*from_first_name=*/true);
      const auto role = sworn ? role_at(s.scan, c + 1) : std::nullopt;
      if (role) add_anchor(s, *role, *sworn);
      continue;
    }
    // "Se designó como Ministro del Interior a José Díaz", "se designó –mediante la firma del
    // Acta correspondiente- como Director de la OPP a Carlos Viera": the post first, then "a"
    // and the name, a word of appointing a few tokens before "como".
    constexpr std::size_t kMaxTokensBeforeComo = 12;
    const bool appointing_before = [&] {
      const std::size_t from =
          std::max(text.sentence_begin(c), c - std::min(c, kMaxTokensBeforeComo));
      for (std::size_t k = from; k < c; ++k) {
        if (text[k].word &&
            std::any_of(std::begin(kAppointing), std::end(kAppointing),
                        [&](std::string_view stem) { return text[k].folded.starts_with(stem); })) {
          return true;
        }
      }
      return false;
    }();
    if (appointing_before) {
      // The post reads on past "a" when its words allow it: the name cuts it there.
      const std::size_t last = text.sentence_end(c);
      bool anchored = false;
      for (std::size_t k = c + 2; k + 1 < last && !anchored; ++k) {
        if (!text.is(k, "a") || !s.scan.gazetteer.is_given_name(text[k + 1].folded)) continue;
        std::size_t post_end = k;  // "…de Planeamiento y Presupuesto (OPP) a Carlos Viera"
        if (post_end >= c + 4 && is_punct(text[k - 1], ")") && is_punct(text[k - 3], "(")) {
          post_end = k - 3;
        }
        if (const auto name = name_at(s.scan, k + 1, last)) {
          add_anchor(s, make_role(s.scan, c + 1, post_end), *name);
          anchored = true;
        }
        break;
      }
      if (anchored) continue;
    }
    if (!name_word(s.scan, c - 1)) continue;
    const std::size_t start = name_run_start(s.scan, c, /*list=*/false);
    const auto name = name_ending_at(s.scan, start, c, /*from_first_name=*/true);
    if (!name) continue;
    bool appointed = false;
    for (std::size_t back = 1; back <= kMaxWordsBeforeName && back <= name->begin; ++back) {
      const Token& word = text[name->begin - back];
      if (!word.word) break;
      appointed = std::any_of(std::begin(kAppointing), std::end(kAppointing),
                              [&](std::string_view stem) { return word.folded.starts_with(stem); });
      if (appointed) break;
    }
    if (!appointed) continue;
    if (const auto role = role_at(s.scan, c + 1)) add_anchor(s, *role, *name);
  }
}

// Past the ':' that opens a list a few words after `j`, or `last` when none does.
std::size_t after_colon(const Text& text, std::size_t j, std::size_t last) {
  constexpr std::size_t kMaxWordsBeforeList = 12;
  for (std::size_t k = j; k < last && k - j <= kMaxWordsBeforeList; ++k) {
    if (is_punct(text[k], ":")) return k + 1;
    if (!text[k].word) break;
  }
  return last;
}

// The end of a board's post that a listed name carries after its comma, up to the semicolon
// that parts the items: "las diputadas Nombre, presidenta; Nombre, primera secretaria; Nombre,
// suplente; y…"; `k` when none starts there.
std::size_t past_listed_post(const Scan& scan, std::size_t k, std::size_t last) {
  // Words: "presidente de la Sala Colegiada Civil y Familiar del Tribunal".
  constexpr std::size_t kLongestPost = 10;
  const Text& text = scan.text;
  const std::size_t post = post_after_comma(scan, k - 1) == k + 1 ? k + 1 : k;
  if (role_word_length(scan, post) == 0 && !is_role_modifier_at(scan, post)) return k;
  std::size_t end = post;
  while (end < last && end - k < kLongestPost && text[end].word) ++end;
  return end < last && is_punct(text[end], ";") ? end : k;
}

// Where the next name of a list starts after the name ending at `k`: past ", " or "; ", "y",
// and what a name carries after a comma ("Nombre, de San Pedro Cholula; Nombre…", "Nombre y
// Nombre, del grupo parlamentario del PRD; Nombre…", "Nombre, Aguascalientes; Nombre…",
// "Nombre, primera secretaria; Nombre…").
std::size_t past_list_item(const Scan& scan, std::size_t k, std::size_t last) {
  const Text& text = scan.text;
  // "Nombre (PES) y Nombre (Morena)", "Nombre (Movimiento Ciudadano)": the party after each
  // name, its acronym or its name of a few words.
  constexpr std::size_t kMaxPartyWords = 4;
  if (k + 2 < last && is_punct(text[k], "(")) {
    std::size_t close = k + 1;
    while (close < last && close - k <= kMaxPartyWords && text[close].word) ++close;
    if (close > k + 1 && close < last && is_punct(text[close], ")")) k = close + 1;
  }
  if (k + 1 < last && is_punct(text[k], ",") && (text.is(k + 1, "de") || text.is(k + 1, "del"))) {
    k += 2;
    while (k < last && text[k].word && !text.is(k, "y")) ++k;  // the place's words
  } else if (k + 1 < last && is_punct(text[k], ",")) {
    if (const std::size_t place_end = past_listed_place(scan, k + 1, last); place_end > k + 1) {
      k = place_end;
    } else if (const std::size_t post_end = past_listed_post(scan, k + 1, last); post_end > k + 1) {
      k = post_end;
    }
  } else if (k + 1 < last && (text.is(k, "de") || text.is(k, "del"))) {
    // "Nombre del Partido Revolucionario Institucional (PRI); Nombre de Morena y Nombre": the
    // party or the body each name is of.
    std::size_t body = k + 1;
    if (body < last && is_article(text[body].folded)) ++body;
    if (const Mention* organization = scan.organization_at(body)) {
      k = organization->end;
      if (k + 2 < last && is_punct(text[k], "(") && is_punct(text[k + 2], ")")) k += 3;
    }
  }
  if (k < last && (is_punct(text[k], ",") || is_punct(text[k], ";"))) ++k;
  if (k < last && (text.is(k, "y") || text.is(k, "e"))) ++k;
  return k;
}

// Whether a name read where places and areas are listed too ("los presidentes municipales de
// Kanasín, Umán y Progreso", "los secretarios de Finanzas, Desarrollo Económico y Turismo") is
// a person's: it opens with a first name, or has three words or more and no "y".
bool person_like(const Scan& scan, const NameSpan& name) {
  if (scan.gazetteer.is_given_name(scan.text[name.begin].folded)) return true;
  for (std::size_t k = name.begin; k < name.end; ++k) {
    if (scan.text[k].folded == "y") return false;
  }
  return name.words.size() >= 3;
}

// A post's modifier in the plural, after a plural post: "las Consejeras Electorales".
bool is_plural_modifier(const Scan& scan, std::size_t i) {
  return scan.text[i].word && !singular_if(scan.text[i].lower, [&](const std::string& singular) {
                                 return scan.gazetteer.is_role_modifier(singular);
                               }).empty();
}

// Whether a person's name starts at token k right after a word of a post's complement in lower
// case ("de representación proporcional José…"), not inside a name the complement holds ("de
// Benito Juárez", "del Estado de México").
bool names_follow_complement(const Scan& scan, std::size_t k) {
  // Words after which a first name opens the name of a place or a school: "de las primarias
  // Miguel Hidalgo…", "de los comisariados ejidales Francisco Villa…".
  static constexpr std::string_view kNamedPlaceWords[] = {
      "primaria",        "primarias",    "secundaria",    "secundarias", "telesecundaria",
      "telesecundarias", "preparatoria", "preparatorias", "escuela",     "escuelas",
      "plantel",         "planteles",    "colonia",       "colonias",    "ejido",
      "ejidos",          "ejidal",       "ejidales",      "comunidad",   "comunidades",
      "localidad",       "localidades",  "calle",         "calles",      "municipio",
      "municipios"};
  const Text& text = scan.text;
  if (k == 0 || !text[k - 1].word || text[k - 1].capitalized || is_connector(text[k - 1].folded) ||
      is_article(text[k - 1].folded) || !scan.gazetteer.is_given_name(text[k].folded) ||
      std::find(std::begin(kNamedPlaceWords), std::end(kNamedPlaceWords), text[k - 1].folded) !=
          std::end(kNamedPlaceWords)) {
    return false;
  }
  const auto name = name_at(scan, k, text.sentence_end(k));
  return name && name->begin == k && name->words.size() >= 2;
}

// "los titulares de la Fiscalía Especializada, José Enrique Goff Ailloud, y de la Auditoría
// Superior del Estado, Mario Can Marín": after a plural post at `post`, items that each give
// their own complement, from "de" at j, then their name. Whether any was read.
bool find_items_with_complements(OfficialScan& s, std::size_t post, std::size_t j, std::size_t last,
                                 const std::string& singular) {
  constexpr std::size_t kMaxComplementWords = 14;
  const Text& text = s.scan.text;
  std::optional<Role> role;
  while (j < last) {
    if (text.is(j, "de") || text.is(j, "del")) {
      std::size_t comma = j + 1;
      while (comma < last && comma - j <= kMaxComplementWords && !is_punct(text[comma], ",") &&
             !names_follow_complement(s.scan, comma)) {
        ++comma;
      }
      if (comma < last && !role && names_follow_complement(s.scan, comma)) {
        // "los diputados de representación proporcional José de Jesús Romero López, Rosa Elia
        // Romero Guzmán y…": one complement, then the names it goes with.
        Role shared = make_role(s.scan, post, comma, j);
        shared.text.replace(0, text[post].lower.size(), singular);
        std::size_t k = comma;
        while (const auto name = name_at(s.scan, k, last)) {
          if (!person_like(s.scan, *name)) break;
          add_anchor(s, shared, *name);
          shared.begin = shared.end = name->end;
          k = past_list_item(s.scan, name->end, last);
        }
        return true;
      }
      if (comma >= last || !is_punct(text[comma], ",")) break;
      Role next = make_role(s.scan, post, comma, j);
      next.text.replace(0, text[post].lower.size(), singular);
      if (role) next.begin = j;  // the post word's mention goes with the first item only
      role = next;
      j = comma + 1;
    } else if (!role) {
      break;
    } else {
      // "las Consejeras Electorales de la CEE, Nombre, Nombre, y Nombre": more names under the
      // same complement.
      role->begin = role->end = j;
    }
    const auto name = name_at(s.scan, j, last);
    if (!name || !person_like(s.scan, *name)) break;
    add_anchor(s, *role, *name);
    j = name->end;
    if (j < last && (is_punct(text[j], ",") || is_punct(text[j], ";"))) ++j;
    if (j < last && text.is(j, "y")) ++j;
  }
  return role.has_value();
}

// "los gobernadores de Zacatecas, Tamaulipas y Baja California, Amalia García Medina, Eugenio
// Javier Hernández Flores y José Guadalupe Osuna Millán, respectivamente": after a plural post
// at `post`, from "de" at j, a list of places or bodies and then as many names, which
// "respectivamente" pairs in order. Whether such lists were read.
bool find_respective_items(OfficialScan& s, std::size_t post, std::size_t j, std::size_t last,
                           const std::string& singular) {
  constexpr std::size_t kMostItems = 8;
  const Text& text = s.scan.text;
  if (!text.is(j, "de") && !text.is(j, "del")) return false;
  // The items: capitalised words and the particles inside them, parted by commas and a last
  // "y" or "e".
  std::vector<std::pair<std::size_t, std::size_t>> items;
  std::size_t k = j + 1;
  bool closed = false;
  while (k < last && items.size() < kMostItems) {
    const std::size_t begin = k;
    while (k < last && text[k].word &&
           (text[k].capitalized || text[k].upper ||
            (k > begin && is_name_particle(text[k].folded) && !text.is(k, "y") && k + 1 < last &&
             text[k + 1].word && (text[k + 1].capitalized || text[k + 1].upper)))) {
      ++k;
    }
    if (k == begin) return false;
    items.emplace_back(begin, k);
    if (closed) break;
    if (k < last && (text.is(k, "y") || text.is(k, "e"))) {
      closed = true;
    } else if (k >= last || !is_punct(text[k], ",")) {
      return false;
    }
    ++k;
  }
  // The last item, then a comma and the names.
  if (!closed || items.size() < 2 || k >= last || !is_punct(text[k], ",")) return false;
  std::vector<NameSpan> names;
  ++k;
  while (names.size() < items.size()) {
    const auto name = name_at(s.scan, k, last);
    if (!name || !person_like(s.scan, *name)) return false;
    names.push_back(*name);
    k = past_list_item(s.scan, name->end, last);
  }
  std::size_t after = names.back().end;
  if (after < last && is_punct(text[after], ",")) ++after;
  if (!text.is(after, "respectivamente")) return false;
  for (std::size_t n = 0; n < names.size(); ++n) {
    Role role = make_role(s.scan, post, items[n].second, items[n].first);
    role.text = singular + " " + text[j].lower + " " +
                std::string(text.span(items[n].first, items[n].second - 1));
    if (n > 0) role.begin = role.end = names[n].begin;
    add_anchor(s, role, names[n]);
  }
  return true;
}

// A count written in digits, or in one word up to twenty: "3", "cuatro", "doce".
bool is_count_word(const Token& token) {
  constexpr double kMostInWords = 20;
  if (!token.text.empty() && std::all_of(token.text.begin(), token.text.end(),
                                         [](char c) { return c >= '0' && c <= '9'; })) {
    return true;
  }
  const auto number = read_spanish_number(token.text, 0);
  return number && number->end == token.text.size() && number->value >= 2 &&
         number->value <= kMostInWords && number->value == std::floor(number->value);
}

// "los subgobernadores Galia Borja Gómez, Omar Mejía Castelazo y José Gabriel Cuadra García",
// "las comisionadas Blanca Lilia Ibarra Cadena y Josefina Román Vergara": each name listed
// after a plural post gets the post in the singular; after "como", only a list behind a colon
// ("Fungirán como coordinadores: Nombre, del PRI; Nombre, del PRD…").
void find_plural_post_anchors(OfficialScan& s) {
  const Text& text = s.scan.text;
  for (std::size_t i = 1; i < text.size(); ++i) {
    // A post in the plural ends as Spanish plurals do: most words are asked nothing more.
    if (!text[i].word || !text[i].folded.ends_with('s')) continue;
    const bool as_post = text.is(i - 1, "como");
    // "sus colegas magistrados Nombre, …", "los compañeros diputados Nombre y Nombre",
    // "nuestras compañeras senadoras Nombre y Nombre".
    // "los cuatro vicepresidentes: Nombre (PAN), …", "las 3 magistradas Nombre, …": how many
    // they are between the article and the post.
    const bool counted =
        i >= 2 && (text.is(i - 2, "los") || text.is(i - 2, "las") || text.is(i - 2, "sus")) &&
        text[i - 1].word && is_count_word(text[i - 1]);
    const bool fellows = i >= 2 &&
                         (text.is(i - 1, "colegas") || text.is(i - 1, "compañeros") ||
                          text.is(i - 1, "compañeras")) &&
                         (text.is(i - 2, "los") || text.is(i - 2, "las") || text.is(i - 2, "sus") ||
                          text.is(i - 2, "nuestros") || text.is(i - 2, "nuestras"));
    if ((!text.is(i - 1, "los") && !text.is(i - 1, "las") && !text.is(i - 1, "sus") && !as_post &&
         !fellows && !counted) ||
        !text.free(i) || s.post_used[i]) {
      continue;
    }
    const std::string singular = plural_post_singular(s.scan, i);
    if (singular.empty()) continue;
    const std::size_t last = text.sentence_end(i);
    std::size_t j = i + 1;
    while (j < last && is_role_modifier_at(s.scan, j)) ++j;
    if (as_post && (j >= last || !is_punct(text[j], ":"))) continue;
    std::size_t complement = j;  // past modifiers in the plural, which the post leaves out
    while (complement < last && is_plural_modifier(s.scan, complement)) ++complement;
    // "los ocho secretarios de la Mesa Directiva: Nombre (PRI), Nombre (PAN)…": the body the
    // posts are of, then the list after a colon; no post of its own for each name.
    const bool body_then_colon = text.is(complement, "de") || text.is(complement, "del");
    const std::size_t colon_list = body_then_colon ? after_colon(text, complement, last) : last;
    const bool listed_after_colon = colon_list < last && name_at(s.scan, colon_list, last);
    if (!listed_after_colon && (find_respective_items(s, i, complement, last, singular) ||
                                find_items_with_complements(s, i, complement, last, singular))) {
      continue;
    }
    Role role = make_role(s.scan, i, listed_after_colon ? colon_list - 1 : j);
    role.text.replace(0, text[i].lower.size(), singular);
    if (listed_after_colon) j = colon_list;
    // "las Consejeras Electorales Paula Melgarejo Salgado, …": the names follow the modifiers in
    // the plural, capitalised as they may be.
    if (complement > j && name_at(s.scan, complement, last)) j = complement;
    // "Los presidentes municipales electos que acudieron fueron: Nombre, de Amozoc; Nombre…",
    // "sus presidentes nacionales, Nombre, Nombre y Nombre".
    if (!name_at(s.scan, j, last)) {
      std::size_t listed = complement;
      if (listed < last && is_punct(text[listed], ",")) ++listed;
      j = name_at(s.scan, listed, last) ? listed : after_colon(text, j, last);
    }
    while (const auto name = name_at(s.scan, j, last)) {
      add_anchor(s, role, *name);
      j = past_list_item(s.scan, name->end, last);
      // The post spans only the first name's mention; the next ones are their names alone,
      // not what the list says between them ("Nombre, presidenta; y Nombre").
      role.begin = role.end = j;
    }
  }
}

// "Silvia Flores Peña, Horacio Antonio Mendoza y Paola Gutiérrez Galindo, diputados por
// representación proporcional": names listed before a comma and a plural post each get the
// post in the singular. Two names at least, each a person's, and nothing else in the list.
void find_names_before_plural_posts(OfficialScan& s) {
  const Text& text = s.scan.text;
  for (std::size_t i = 2; i < text.size(); ++i) {
    if (!is_punct(text[i - 1], ",") || !text.free(i) || s.post_used[i]) continue;
    const std::string singular = plural_post_singular(s.scan, i);
    if (singular.empty()) continue;
    const std::size_t comma = i - 1;
    std::size_t start = comma;
    const std::size_t sentence = text.sentence_begin(i);
    while (start > sentence &&
           (name_word(s.scan, start - 1) || is_name_particle(text[start - 1].folded) ||
            initial_period(text, start - 1) || is_punct(text[start - 1], ","))) {
      --start;
    }
    while (start < comma && !name_word(s.scan, start)) ++start;
    std::vector<NameSpan> names;
    std::size_t k = start;
    while (k < comma) {
      const auto name = name_at(s.scan, k, comma);
      if (!name || !person_like(s.scan, *name)) break;
      names.push_back(*name);
      k = past_list_item(s.scan, name->end, comma);
    }
    // "el presidente municipal, Juan Pérez Gómez, Ana López Ruiz y…", "al gobernador Miguel
    // Ángel Navarro Quintero, Ana López Ruiz y…": the first name has a post of its own.
    if (!names.empty()) {
      const std::size_t before = names.front().begin;
      const std::optional<Role> own = before > 0 ? role_at(s.scan, before - 1) : std::nullopt;
      if (own && own->end == before) {
        add_anchor(s, *own, names.front());
        names.erase(names.begin());
      } else if (before > 0 && is_punct(text[before - 1], ",") &&
                 role_before_comma(s.scan, before - 1) != npos) {
        names.erase(names.begin());  // read with its post by find_comma_anchors()
      }
    }
    if (names.size() < 2 || names.back().end != comma) continue;
    std::size_t end = i + 1;
    while (end < text.size() && is_role_modifier_at(s.scan, end)) ++end;
    Role role = make_role(s.scan, i, end);
    role.text.replace(0, text[i].lower.size(), singular);
    for (const NameSpan& name : names) {
      // The post's words are the mention of the last name only, which they follow.
      Role own = role;
      if (&name != &names.back()) own.begin = own.end = name.end;
      add_anchor(s, own, name);
    }
  }
}

// A name in capitals from `first`, before `last`: "ARTURO CHÁVEZ CHÁVEZ", "MARÍA DE LA LUZ
// PÉREZ"; a first name first and two words at least, else nothing.
std::optional<NameSpan> name_in_capitals(const Scan& scan, std::size_t first, std::size_t last) {
  constexpr std::size_t kMostNameTokens = 6;
  const Text& text = scan.text;
  if (first >= last || !text[first].upper || !scan.gazetteer.is_given_name(text[first].folded)) {
    return std::nullopt;
  }
  NameSpan name{first, first, {}};
  std::size_t k = first;
  while (k < last && k - first < kMostNameTokens && text[k].word && text[k].upper && text.free(k)) {
    if (!is_name_particle(text[k].folded)) {
      if (is_function_word(text[k].folded) || is_not_name_word(text[k].folded) ||
          role_word_length(scan, k) > 0) {
        break;
      }
      name.words.push_back(text[k].folded);
    } else if (text[k].folded == "y") {
      break;
    }
    ++k;
  }
  name.end = k;
  if (name.words.size() < 2) return std::nullopt;
  return name;
}

// "JORGE LUIS QUIROZ ALEMÁN" / "Presidente Corte Suprema de Justicia": a statement signed at
// its foot, the signer's name alone on its line in capitals, a first name first, and the post
// opening the next line, with the body it names right after it or after "de".
// So is one in mixed case ("Carolina Dávila Murillo" / "Ministra de Salud", "Dr. Ennio Vivaldi
// Véjar" / "Rector Universidad de Chile") whose name opens with a first name.
void find_signature_anchors(OfficialScan& s) {
  const Text& text = s.scan.text;
  for (std::size_t sentence = 0; sentence + 1 < text.sentences.size(); ++sentence) {
    const auto [line, last] = text.sentences[sentence];
    if (last >= text.size() || (line > 0 && text[line - 1].paragraph == text[line].paragraph) ||
        text[last].paragraph == text[line].paragraph) {
      continue;
    }
    const std::size_t first = line + honorific_length(s.scan, line);  // "MTRA. ANA PÉREZ SOTO"
    std::optional<NameSpan> name;
    if (text.shouting[sentence]) {
      name = name_in_capitals(s.scan, first, last);
    } else if (first < last && s.scan.gazetteer.is_given_name(text[first].folded)) {
      name = name_at(s.scan, first, last);
      if (name && name->begin != first) name.reset();
    }
    if (!name || name->end != last) continue;
    if (!(text[last].capitalized || text[last].upper) || role_word_length(s.scan, last) == 0) {
      continue;
    }
    auto role = role_at(s.scan, last);
    if (!role) continue;
    // "Presidente Corte Suprema de Justicia": the body right after the post, without "de".
    if (const Mention* body = s.scan.organization_at(role->end);
        body != nullptr && role->end == last + role_word_length(s.scan, last)) {
      role = make_role(s.scan, last, body->end);
    }
    // The post is the whole line: "Director de obra es quien firma." is a story's sentence.
    std::size_t line_end = role->end;
    while (line_end < text.size() && is_punct(text[line_end], ".")) ++line_end;
    if (line_end < text.size() && text[line_end].paragraph == text[last].paragraph) continue;
    add_anchor(s, *role, *name);
  }
}

// "ARTURO CHÁVEZ CHÁVEZ, PROCURADOR GENERAL DE LA REPÚBLICA (ACC): Gracias…": a transcript's
// speaker, name and post in capitals, then perhaps the initials that mark their turns, and a
// colon. The post reads in lower case, its complement as names are written.
void find_speaker_anchors(OfficialScan& s) {
  const Text& text = s.scan.text;
  for (std::size_t first = 0; first < text.size(); ++first) {
    if (first > 0 && text[first - 1].paragraph == text[first].paragraph) continue;
    const std::size_t last = text.sentence_end(first);
    const auto name = name_in_capitals(s.scan, first, last);
    if (!name) continue;
    const std::size_t comma = name->end;
    if (comma + 1 >= last || !is_punct(text[comma], ",") || !text[comma + 1].upper ||
        role_word_length(s.scan, comma + 1) == 0) {
      continue;
    }
    std::size_t post_end = comma + 1;
    while (post_end < last && text[post_end].word && text[post_end].upper) ++post_end;
    std::size_t colon = post_end;
    if (colon + 2 < last && is_punct(text[colon], "(") && text[colon + 1].upper &&
        is_punct(text[colon + 2], ")")) {
      colon += 3;
    }
    if (colon >= last || !is_punct(text[colon], ":")) continue;
    Role role = make_role(s.scan, comma + 1, post_end);
    std::size_t head_end = comma + 1 + role_word_length(s.scan, comma + 1);
    while (head_end < post_end && is_role_modifier_at(s.scan, head_end)) ++head_end;
    const std::string head = make_role(s.scan, comma + 1, head_end).text;
    role.text = role.organization.empty() && head_end < post_end
                    ? head + " " + in_title_case(text, head_end, post_end)
                    : head;
    add_anchor(s, role, *name);
  }
}

// "La Comisión Organizadora Electoral estará integrada por: Rafael Palacios Silva, Presidente;
// Eunice Reyes Ruiseco, Alejandro Salas Martínez y…": the members a body is made of, each with
// the post the list gives them or as a member ("integrante") of the body named before.
void find_member_anchors(OfficialScan& s) {
  static constexpr std::string_view kMadeOf[] = {
      "integrada",   "integrado",   "integradas", "integrados", "conformada", "conformado",
      "conformadas", "conformados", "compuesta",  "compuesto",  "compuestas", "compuestos"};
  const Text& text = s.scan.text;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i + 1].folded != "por" ||
        std::find(std::begin(kMadeOf), std::end(kMadeOf), text[i].folded) == std::end(kMadeOf)) {
      continue;
    }
    const std::size_t last = text.sentence_end(i);
    std::size_t j = i + 2;
    if (j < last && is_punct(text[j], ":")) ++j;
    Role member;
    member.begin = i;
    member.end = j;
    member.text = "integrante";
    for (std::size_t k = text.sentence_begin(i); k < i; ++k) {
      if (const Mention* body = s.scan.organization_at(k)) {
        member.organization = s.scan.organizations[body->entity].id;
        break;
      }
    }
    while (const auto name = name_at(s.scan, j, last)) {
      if (!person_like(s.scan, *name)) break;
      const std::size_t after = name->end;
      std::optional<Role> own;
      if (after + 1 < last && is_punct(text[after], ",") &&
          role_word_length(s.scan, after + 1) > 0) {
        own = role_at(s.scan, after + 1);
      }
      add_anchor(s, own ? *own : member, *name);
      j = past_list_item(s.scan, after, last);
      // The list's words span only the first name's mention.
      member.begin = member.end = j;
    }
  }
}

// "la Subdirección de Capacitación, a cargo de Nombre Apellido"; "el IMSS, que dirige Nombre".
void find_in_charge_anchors(OfficialScan& s) {
  const Text& text = s.scan.text;
  for (std::size_t i = 0; i + 3 < text.size(); ++i) {
    std::size_t after = npos;
    if (text.is(i, "a") && text.is(i + 1, "cargo") && text.is(i + 2, "de")) after = i + 3;
    // "el hospital, que está bajo la dirección de Nombre".
    const bool directed = text[i].folded == "bajo" && text.is(i + 1, "la") &&
                          text.is(i + 2, "direccion") && text.is(i + 3, "de");
    if (directed) after = i + 4;
    if (text.is(i, "que")) {
      // "la USAID, que en México dirige el doctor Nombre": where, between "que" and the verb.
      std::size_t verb = i + 1;
      if (text.is(verb, "en")) {
        std::size_t k = verb + 1;
        while (k < text.size() && k - verb <= 3 && text[k].word && text[k].capitalized) ++k;
        if (k > verb + 1) verb = k;
      }
      if (text.is(verb, "dirige") || text.is(verb, "encabeza") || text.is(verb, "preside")) {
        after = verb + 1;
      }
    }
    // "la Junta de Gobierno, presidida por Nombre", "el Comité, encabezado por Nombre".
    static constexpr std::string_view kLedBy[] = {"presidida",  "presidido", "encabezada",
                                                  "encabezado", "dirigida",  "dirigido"};
    if (text[i].word && text.is(i + 1, "por") &&
        std::find(std::begin(kLedBy), std::end(kLedBy), text[i].folded) != std::end(kLedBy)) {
      after = i + 2;
    }
    if (after == npos) continue;
    const auto name = name_at(s.scan, after, text.sentence_end(i));
    if (!name) continue;
    // "la marcha, encabezada por Antorcha Campesina": after a participle, only a person.
    const bool participle = text.is(i + 1, "por");
    if (participle && !s.scan.gazetteer.is_given_name(text[name->begin].folded)) continue;
    Role role;
    role.begin = i;
    role.end = after;
    role.text = text[i].folded.starts_with("presid") ? "presidente"
                : directed                           ? "director"
                                                     : "titular";
    role.internal = true;
    std::size_t unit_end = i > 0 && is_punct(text[i - 1], ",") ? i - 1 : i;
    if (const Mention* organization =
            unit_end > 0 ? s.scan.organization_at(unit_end - 1) : nullptr) {
      role.organization = s.scan.organizations[organization->entity].id;
    } else if (text.is(i, "a")) {
      std::size_t unit = unit_end;
      while (unit > text.sentence_begin(i) &&
             (text[unit - 1].capitalized || is_connector(text[unit - 1].folded))) {
        --unit;
      }
      while (unit < unit_end && !text[unit].capitalized) ++unit;
      if (unit < unit_end && unit > 0 && is_article(text[unit - 1].folded)) {
        role.text +=
            " de " + text[unit - 1].lower + " " + std::string(text.span(unit, unit_end - 1));
      }
    }
    add_anchor(s, role, *name);
  }
}

std::size_t longest_form(const Person& person) {
  std::size_t longest = 0;
  for (const auto& form : person.forms) longest = std::max(longest, form.size());
  return longest;
}

void merge_person(Scan& scan, std::size_t from, std::size_t into) {
  Person& source = scan.people[from];
  Person& target = scan.people[into];
  target.roles.insert(target.roles.end(), source.roles.begin(), source.roles.end());
  target.forms.insert(target.forms.end(), source.forms.begin(), source.forms.end());
  source.roles.clear();
  source.id.clear();
  for (PersonMention& mention : scan.person_mentions) {
    if (mention.entity == from) mention.entity = into;
  }
}

// "José Reyes Baeza" and "José Reyes Baeza Terrazas", "Gómez Monge" and "César Gómez Monge".
void merge_short_names(Scan& scan) {
  for (std::size_t a = 0; a < scan.people.size(); ++a) {
    if (scan.people[a].known != nullptr || scan.people[a].id.empty()) continue;
    for (std::size_t b = 0; b < scan.people.size(); ++b) {
      const Person& longer = scan.people[b];
      const std::vector<std::string>& shorter = scan.people[a].forms.front();
      if (b == a || longer.id.empty() || longest_form(longer) <= shorter.size() ||
          !short_form_of(longer, shorter)) {
        continue;
      }
      merge_person(scan, a, b);
      break;
    }
  }
}

}  // namespace

void find_officials(Scan& scan) {
  OfficialScan s{scan, std::vector<bool>(scan.text.size(), false)};
  find_known_names(scan);
  find_names_before_plural_posts(s);  // before a comma's post takes the last name alone
  find_comma_anchors(s);
  find_post_name_anchors(s);
  find_name_post_anchors(s);
  find_plural_post_anchors(s);
  find_in_charge_anchors(s);
  find_member_anchors(s);
  find_appointed_anchors(s);
  find_signature_anchors(s);
  find_speaker_anchors(s);
  merge_short_names(scan);
  find_short_mentions(scan);
  find_post_mentions(scan, s.post_used);
  for (PersonMention& mention : scan.person_mentions) {
    mention.subject = !after_preposition(scan, mention.begin);
  }
  std::sort(scan.person_mentions.begin(), scan.person_mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace hemeroteca::entities
