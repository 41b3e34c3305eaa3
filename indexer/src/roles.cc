// Posts as bulletins write them: a post word ("director", "oficial mayor"), modifiers
// ("general", "estatal") and complements that name where ("de Prestaciones Médicas",
// "del IMSS"). The organization inside a complement becomes the post's organization.
#include <algorithm>
#include <string>

#include "entity_scan.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca::entities {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Complements that point at an organization without naming it.
constexpr std::string_view kVagueComplements[] = {"del instituto", "de la institucion",
                                                  "del organismo", "de la dependencia",
                                                  "de la entidad", "del instituto a su cargo"};

// Common nouns that stand for a place or an institution without naming it: "el gobernador del
// estado", "el titular de la dependencia", "el presidente de la república".
constexpr std::string_view kGenericComplements[] = {
    "estado",    "entidad",     "municipio",    "pais",        "republica",
    "nacion",    "instituto",   "organismo",    "dependencia", "ayuntamiento",
    "ciudad",    "institucion", "localidad",    "region",      "capital",
    "provincia", "comuna",      "departamento", "alcaldia",    "delegacion"};

// Posts inside an institution; without a named organization they belong to the bulletin's.
constexpr std::string_view kInternalPosts[] = {
    "director", "subdirector", "coordinador", "titular",       "delegado",  "subdelegado",
    "jefe",     "encargado",   "gerente",     "administrador", "contralor", "subsecretario"};

// Complement words that place a post outside the institution: "del Gobierno del Estado".
constexpr std::string_view kOutsideWords[] = {"gobierno", "estado", "municipio", "ayuntamiento",
                                              "congreso"};

bool genitive_before(const Text& text, std::size_t head);

template <std::size_t N>
bool in(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// Words that point back at a body already named: "el Ministro Decano de esta Sala".
constexpr std::string_view kDemonstratives[] = {"esta",  "este",  "estas",  "estos",
                                                "dicha", "dicho", "dichas", "dichos"};

// A demonstrative right after "de" at `k`.
bool demonstrative_at(const Text& text, std::size_t k) {
  return text[k].word && in(kDemonstratives, text[k].folded) && k > 0 && text.is(k - 1, "de");
}

// "del estado", "de la dependencia", "en la entidad" at `k`: a complement word after its
// preposition.
bool generic_complement_at(const Text& text, std::size_t k) {
  const bool located = k >= 2 && is_article(text[k - 1].folded) && text.is(k - 2, "en");
  return text[k].word && !text[k].upper && in(kGenericComplements, text[k].folded) &&
         (genitive_before(text, k) || located);
}

const Mention* organization_ending_at(const Scan& scan, std::size_t end) {
  for (const Mention& mention : scan.organization_mentions) {
    if (mention.end == end) return &mention;
  }
  return nullptr;
}

bool is_number(const Token& token) {
  return token.word && !token.text.empty() && token.text[0] >= '0' && token.text[0] <= '9';
}

// "No. 1", "Núm. 20": a unit's number, part of its name.
std::size_t unit_number_length(const Text& text, std::size_t k, std::size_t last) {
  const bool abbreviation = text.is(k, "no") || text.is(k, "num");
  if (abbreviation && k + 2 < last && is_punct(text[k + 1], ".") && is_number(text[k + 2])) {
    return 3;
  }
  return 0;
}

bool proper_at(const Text& text, std::size_t i, std::size_t last) {
  return i < last && text[i].word && text[i].initial && text.owner[i] != Owner::kPerson;
}

// Adjectives after a proper noun: "Gobierno mexiquense", "Congreso veracruzano".
bool adjective_like(const Token& token) {
  static constexpr std::string_view kEndings[] = {"ense", "enses", "ano", "ana", "anos",
                                                  "anas", "eño",   "eña", "ino", "ina"};
  if (!token.word || token.capitalized || token.upper) return false;
  return std::any_of(std::begin(kEndings), std::end(kEndings),
                     [&](std::string_view ending) { return token.lower.ends_with(ending); });
}

// "del CONADIS y Héctor Pablo Ramírez Puga, director general de Liconsa": after "y", words
// that a comma and a post follow are the next person of a list, not more of the complement;
// so is a post after "y" ("Secretario de Salud y el Presidente Juan Pérez": his post, not
// more of the secretary's).
bool names_next_person(const Scan& scan, std::size_t connector, std::size_t next,
                       std::size_t last) {
  const Text& text = scan.text;
  if (!text.is(connector, "y") && !text.is(connector, "e")) return false;
  if (role_word_length(scan, next) > 0) return true;
  std::size_t end = next;
  while (end < last && text[end].word && text[end].capitalized) ++end;
  return end - next >= 2 && end < last && is_punct(text[end], ",") &&
         role_word_length(scan, end + 1) > 0;
}

// A proper-name complement starting at k: capitalised words, acronyms, organizations,
// "(ACRONYM)", inner connectors and trailing modifiers ("de Salud estatal").
std::size_t consume_proper(const Scan& scan, std::size_t k, std::size_t last) {
  const Text& text = scan.text;
  while (k < last) {
    if (const Mention* organization = scan.organization_at(k)) {
      k = organization->end;
      continue;
    }
    const Token& t = text[k];
    if (const std::size_t number = unit_number_length(text, k, last)) {
      k += number;
    } else if (proper_at(text, k, last) ||
               (is_number(t) && k > 0 && text[k - 1].word && text[k - 1].initial)) {
      // "Hospital General de Zona 83": a unit's number after its name is part of it.
      ++k;
    } else if (is_punct(t, "(") && k + 2 < last && is_punct(text[k + 2], ")")) {
      k += 3;
    } else if (t.word && is_connector(t.folded)) {
      std::size_t next = k;
      while (next < last && text[next].word && is_connector(text[next].folded)) ++next;
      if (next >= last || (!proper_at(text, next, last) && !scan.organization_at(next))) break;
      if (names_next_person(scan, k, next, last)) break;
      k = next;
    } else if (is_role_modifier_at(scan, k) || (adjective_like(t) && k > 0 && text[k - 1].word &&
                                                (text[k - 1].capitalized || text[k - 1].upper))) {
      ++k;
    } else {
      break;
    }
  }
  return k;
}

bool genitive_before(const Text& text, std::size_t head) {
  if (head == 0) return false;
  if (text.is(head - 1, "de") || text.is(head - 1, "del")) return true;
  return head >= 2 && is_article(text[head - 1].folded) && text.is(head - 2, "de");
}

// Tokens [begin, end) after a comma inside a post: "Sociales y Culturales", "IAP (AMANC)".
// `in_list`: a later part already closed a list with "y", so this one is an item of it
// ("Ganadería" in "Agricultura, Ganadería, Desarrollo Rural, Pesca y Alimentación").
bool continues_post(const Text& text, std::size_t begin, std::size_t end, bool in_list) {
  if (begin >= end || !text[begin].word || !text[begin].initial) {
    return false;
  }
  bool joined = false;
  bool all_upper = true;
  for (std::size_t i = begin; i < end; ++i) {
    const Token& t = text[i];
    if (is_punct(t, "(") || is_punct(t, ")")) continue;
    if (!t.word) return false;
    if (t.folded == "y" || t.folded == "e") joined = true;
    if (t.capitalized || t.upper) {
      all_upper = all_upper && t.upper;
    } else if (!is_connector(t.folded)) {
      return false;
    }
  }
  return joined || all_upper || in_list;
}

// "secretario de Salud" heads the "Secretaría de Salud": the gazetteer organization whose
// head is titled with the post word (or the word without "sub": a subsecretario belongs to
// the Secretaría) and whose name is its first word followed by the post's complement. A
// complement that names no organization of the gazetteer ("de Salud de Sonora") gives none.
const GazetteerOrganization* organization_headed(const Scan& scan, const std::string& post,
                                                 const std::string& complement) {
  const Gazetteer& gazetteer = scan.gazetteer;
  std::string word = gazetteer.canonical_role(post);
  if (word.starts_with("sub") && !gazetteer.role_word(word.substr(3)).empty()) {
    word = gazetteer.canonical_role(word.substr(3));
  }
  for (const GazetteerOrganization& organization : gazetteer.organizations()) {
    const std::string head = gazetteer.canonical_role(organization.head);
    if (head.substr(0, head.find(' ')) != word) continue;
    const std::string office = organization.name.substr(0, organization.name.find(' '));
    if (gazetteer.find_organization(office + " " + complement) == &organization) {
      return &organization;
    }
  }
  return nullptr;
}

}  // namespace

std::size_t role_word_length(const Scan& scan, std::size_t i) {
  return i < scan.classes.size() ? scan.classes[i].role_word_length : 0;
}

bool is_role_modifier_at(const Scan& scan, std::size_t i) {
  return i < scan.classes.size() && scan.classes[i].role_modifier;
}

std::string plural_post_singular(const Scan& scan, std::size_t i) {
  if (i >= scan.text.size() || !scan.text[i].word || role_word_length(scan, i) > 0) return "";
  return singular_if(scan.text[i].lower, [&](const std::string& singular) {
    return !scan.gazetteer.role_word(singular).empty();
  });
}

Role make_role(const Scan& scan, std::size_t begin, std::size_t end, std::size_t complement_begin) {
  const Text& text = scan.text;
  Role role;
  role.begin = begin;
  role.end = end;
  std::size_t head_end =
      std::min(end, begin + std::max<std::size_t>(1, role_word_length(scan, begin)));
  std::string post_words = text[begin].lower;
  for (std::size_t k = begin + 1; k < head_end; ++k) post_words.append(" ").append(text[k].lower);
  const std::string post = scan.gazetteer.role_word(post_words);
  bool general = false;
  while (head_end < end && is_role_modifier_at(scan, head_end)) {
    general = general || text[head_end].folded == "general";
    ++head_end;
  }
  std::string head;
  for (std::size_t k = begin; k < head_end; ++k) {
    if (!head.empty()) head += ' ';
    head += text[k].lower;
  }
  if (complement_begin != npos && complement_begin > head_end) head_end = complement_begin;

  // The first organization inside the complement is the post's; what precedes it stays.
  const Mention* organization = nullptr;
  for (const Mention& m : scan.organization_mentions) {
    if (m.begin >= head_end && m.end <= end && (!organization || m.begin < organization->begin)) {
      organization = &m;
    }
  }
  std::size_t cut = end;
  if (organization != nullptr) {
    role.organization = scan.organizations[organization->entity].id;
    cut = organization->begin;
    for (std::size_t c = organization->begin; c > head_end; --c) {
      const std::string& word = text[c - 1].folded;
      if (word == "de" || word == "del" || word == "en" || word == "para") {
        cut = c - 1;
        break;
      }
    }
    // "presidente del Tribunal y del Consejo de la Judicatura": a post of two bodies reads
    // whole, not cut after its "y".
    if (cut > head_end && (text.is(cut - 1, "y") || text.is(cut - 1, "e"))) cut = end;
  }
  std::string complement = head_end < cut ? std::string(text.span(head_end, cut - 1)) : "";
  if (in(kVagueComplements, Analyzer::fold(complement))) {
    complement.clear();
    role.vague = true;
  } else if (organization == nullptr && !complement.empty()) {
    if (const GazetteerOrganization* headed = organization_headed(scan, post, complement)) {
      role.organization = headed->id;
      complement.clear();
      cut = head_end;
    }
  }
  role.text = complement.empty() ? head : head + " " + complement;

  bool outside = false;
  for (std::size_t k = head_end; k < cut; ++k)
    outside = outside || in(kOutsideWords, text[k].folded);
  role.internal = in(kInternalPosts, post) && !outside && !(general && !complement.empty());
  return role;
}

std::optional<Role> role_at(const Scan& scan, std::size_t i) {
  const Text& text = scan.text;
  const std::size_t length = role_word_length(scan, i);
  if (length == 0) return std::nullopt;
  const std::size_t last = text.sentence_end(i);
  std::size_t j = i + length;
  while (j < last && is_role_modifier_at(scan, j)) ++j;
  while (j < last &&
         (text.is(j, "de") || text.is(j, "del") || text.is(j, "en") || text.is(j, "para"))) {
    std::size_t k = j + 1;
    if (k < last && text[k].word && (is_article(text[k].folded) || demonstrative_at(text, k))) ++k;
    if (k < last && generic_complement_at(text, k)) {
      j = k + 1;
      continue;
    }
    if (k >= last || (!proper_at(text, k, last) && !scan.organization_at(k))) break;
    j = consume_proper(scan, k, last);
  }
  return make_role(scan, i, j);
}

// The first word of the post of several words that ends at k ("mayor" in "oficial mayor",
// "acuerdos" in "secretario de acuerdos"), not before `first`; npos when none ends there.
std::size_t post_of_words_ending_at(const Scan& scan, std::size_t k, std::size_t first) {
  for (std::size_t length = 2; length <= 3; ++length) {
    if (k >= first + length - 1 && role_word_length(scan, k - (length - 1)) == length) {
      return k - (length - 1);
    }
  }
  return npos;
}

// Where a post's area written in lower case begins, right before the comma: "el director del
// centro hospitalario de segundo nivel, Nombre", "el presidente de comunidad de Tizatlán,
// Nombre". A few words after the post word and its "de", none a verb ("el director del hospital
// dijo que el paciente, Nombre" has one); npos if none.
std::size_t lower_case_area_start(const Scan& scan, std::size_t comma, std::size_t first) {
  constexpr std::size_t kMaxAreaWords = 6;
  static constexpr std::string_view kVerbs[] = {"que", "se",  "es",   "fue", "son",
                                                "ha",  "han", "esta", "era", "estan"};
  static constexpr std::string_view kVerbEndings[] = {"ó",   "aron", "ieron", "aba",
                                                      "ará", "erá",  "irá"};
  const Text& text = scan.text;
  for (std::size_t start = comma; start > first + 2 && comma - start < kMaxAreaWords;) {
    const Token& t = text[--start];
    // Only "de" joins the area's words: "el secretario de Salud por Videoconferencia" is not one.
    const bool other_preposition =
        is_preposition(t.folded) && !text.is(start, "de") && !text.is(start, "del");
    if (!t.word || other_preposition || in(kVerbs, t.folded) ||
        std::any_of(std::begin(kVerbEndings), std::end(kVerbEndings),
                    [&](std::string_view ending) { return t.text.ends_with(ending); })) {
      return npos;
    }
    std::size_t de = start - 1;
    if (is_article(text[de].folded) && de > first) --de;
    if ((text.is(de, "de") || text.is(de, "del")) && de > first &&
        role_word_length(scan, de - 1) > 0) {
      return start;
    }
  }
  return npos;
}

std::size_t role_before_comma(const Scan& scan, std::size_t comma) {
  const Text& text = scan.text;
  const std::size_t first = text.sentence_begin(comma);
  std::size_t best = npos;
  std::size_t segment_end = comma;
  bool in_list = false;
  // Past a post that is a complement ("representante del Gobernador"), only the post it
  // completes may come: "del alcalde Nombre y de la presidenta del DIF, Nombre" is two people.
  bool completing = false;
  std::size_t lower_area = npos;  // lower_case_area_start(), asked at the comma's word
  std::size_t k = comma;
  while (k > first && comma - k < 24) {
    --k;
    if (completing && text[k].word && !text.is(k, "y") && !text.is(k, "e") &&
        (is_article(text[k].folded) || is_preposition(text[k].folded))) {
      continue;
    }
    if (completing && role_word_length(scan, k) == 0 &&
        post_of_words_ending_at(scan, k, first) == npos && !is_role_modifier_at(scan, k)) {
      break;
    }
    // An organization's name may hold commas of its own ("Secretaría de Agricultura,
    // Ganadería, Desarrollo Rural, Pesca y Alimentación (SAGARPA)"): step over it whole.
    if (const Mention* organization = organization_ending_at(scan, k + 1)) {
      if (organization->begin > first) {
        k = organization->begin;
        continue;
      }
    }
    const Token& t = text[k];
    if (k >= first + 2 && unit_number_length(text, k - 2, comma) == 3) {
      k -= 2;
      continue;
    }
    if (!t.word) {
      // "de la Organización Panamericana de la Salud/Organización Mundial de la Salud
      // (OPS/OMS), Nombre": the slash between two bodies' names too.
      if (is_punct(t, "(") || is_punct(t, ")") || is_punct(t, "/")) continue;
      if (is_punct(t, ",") && continues_post(text, k + 1, segment_end, in_list)) {
        in_list = true;
        segment_end = k;
        continue;
      }
      break;
    }
    if (text.owner[k] == Owner::kPerson) break;
    std::size_t head = npos;
    if (role_word_length(scan, k) > 0) {
      head = k;
    } else {
      head = post_of_words_ending_at(scan, k, first);
    }
    // "director académico": a post word that qualifies the one before it.
    while (head != npos && head > first && role_word_length(scan, head - 1) == 1 &&
           is_role_modifier_at(scan, head)) {
      --head;
    }
    if (head != npos) {
      // "representante del Gobernador": keep going left past a post that is a complement.
      best = head;
      k = head;
      if (!genitive_before(text, head)) break;
      completing = true;
      continue;
    }
    // "del 23 Regimiento de Caballería", "del Hospital General de Zona 83": a unit's number
    // before or after its name.
    // "de la 35 zona Militar": the unit's word in lower case after its number.
    const auto unit_word = [&](std::size_t w) {
      return text.is(w, "zona") || text.is(w, "region") || text.is(w, "batallon");
    };
    const bool unit_number =
        (is_number(t) && ((k + 1 < comma && (text[k + 1].initial || unit_word(k + 1))) ||
                          (k > first && text[k - 1].initial))) ||
        (unit_word(k) && k > first && is_number(text[k - 1]));
    // "el coordinador de delegaciones, Nombre", "la directora del hospital, doctora Nombre":
    // the one word a post's area may be, in lower case, right before the comma.
    const bool area = t.word && k + 1 == comma && k >= first + 2 &&
                      (text.is(k - 1, "de") || text.is(k - 1, "del")) &&
                      role_word_length(scan, k - 2) > 0;
    if (lower_area == npos && k + 1 == comma)
      lower_area = lower_case_area_start(scan, comma, first);
    if (lower_area != npos && k >= lower_area && k < comma) continue;
    // "el senador por Colima, Nombre": "por" and a state complement a legislator's post (not
    // "electo por Morena", "por Videoconferencia").
    const bool for_place = text.is(k, "por") && k + 1 < comma &&
                           scan.gazetteer.find_state(text.span(k + 1, comma - 1)) != nullptr;
    // "el embajador de México ante la ONU, Nombre", "el consejero ante el H. Consejo Técnico
    // del IMSS, Nombre": the body a post represents one before.
    const bool before_body = text.is(k, "ante");
    if (t.initial || is_connector(t.folded) || is_role_modifier_at(scan, k) ||
        generic_complement_at(text, k) || demonstrative_at(text, k) || unit_number || area ||
        for_place || before_body) {
      continue;
    }
    // "Gobierno mexiquense", and "el ombudsman mexiquense, Nombre": a demonym after a name or
    // right after the post word.
    if (adjective_like(t) && k > first && text[k - 1].word &&
        (text[k - 1].capitalized || text[k - 1].upper || role_word_length(scan, k - 1) == 1)) {
      continue;
    }
    // "el director de comunicación social de la Profepa, Nombre": the area in lower case before
    // the body the post belongs to.
    if (lower_area == npos && t.word && !t.capitalized && !t.upper && k + 1 < comma) {
      lower_area = lower_case_area_start(scan, k + 1, first);
      if (lower_area != npos && k >= lower_area) continue;
    }
    break;
  }
  return best;
}

}  // namespace hemeroteca::entities
