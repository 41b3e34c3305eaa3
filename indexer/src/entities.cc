#include "hemeroteca/indexer/entities.h"

#include <algorithm>
#include <map>

#include "entity_scan.h"

namespace hemeroteca {
namespace entities {

Matchers::Matchers(const Gazetteer& gazetteer) {
  for (std::size_t i = 0; i < gazetteer.organizations().size(); ++i) {
    const GazetteerOrganization& organization = gazetteer.organizations()[i];
    organizations.add(organization.name, i);
    for (const std::string& alias : organization.aliases) organizations.add(alias, i);
  }
  for (std::size_t i = 0; i < gazetteer.officials().size(); ++i) {
    const GazetteerOfficial& official = gazetteer.officials()[i];
    officials.add(official.name, i);
    for (const std::string& alias : official.aliases) officials.add(alias, i);
    std::vector<std::vector<std::string>>& forms = official_forms.emplace_back();
    forms.push_back(content_words(official.name));
    for (const std::string& alias : official.aliases) forms.push_back(content_words(alias));
  }
  for (std::size_t i = 0; i < gazetteer.states().size(); ++i) {
    const GazetteerState& state = gazetteer.states()[i];
    states.add(state.name, i);
    for (const std::string& variant : state.variants) states.add(variant, i);
    for (const std::string& demonym : state.demonyms) states.add(demonym, i);
    for (const std::string& abbreviation : state.abbreviations) {
      abbreviations.add(abbreviation, i);
      // Datelines drop the period too ("San Francisco de los Romo, Ags, 25 de mayo…", "Silao,
      // Gto a 13 de septiembre…"): a one-word abbreviation of three letters or more without it.
      const std::string_view bare =
          std::string_view(abbreviation)
              .substr(0,
                      abbreviation.ends_with('.') ? abbreviation.size() - 1 : abbreviation.size());
      if (bare.size() >= 3 && bare.find_first_of(". ") == std::string_view::npos &&
          bare != abbreviation) {
        abbreviations.add(bare, i);
      }
    }
  }
}

namespace {

// A capitalised word that may stand next to a month in a name: "León" in "Julio León".
bool plain_capitalized(const Token& token) {
  return token.word && token.capitalized && !is_not_name_word(token.folded) &&
         !is_function_word(token.folded) && !is_month(token.folded);
}

// A month is part of a name only beside another name word: dates put "de" or a number there.
bool month_in_name(const Text& text, std::size_t i) {
  const auto beside = [&](std::size_t k) {
    return k < text.size() && text[k].sentence == text[i].sentence && plain_capitalized(text[k]);
  };
  return (i > 0 && beside(i - 1)) || beside(i + 1);
}

// "la presidenta interina de la CEDH, María Angélica Temoltzi Durante,": a capitalised
// preposition after two name words, with a mark right after it, is a last surname: a
// preposition has its object after it. Long ones only ("Durante", not "De").
bool surname_before_mark(const Text& text, std::size_t i) {
  constexpr std::size_t kMinSurnameBytes = 5;
  const auto in_sentence = [&](std::size_t k) {
    return k < text.size() && text[k].sentence == text[i].sentence;
  };
  // The mark after it first: most words have none.
  return (!in_sentence(i + 1) || is_punct(text[i + 1], ",") || is_punct(text[i + 1], ".") ||
          is_punct(text[i + 1], ";") || is_punct(text[i + 1], ")")) &&
         text[i].folded.size() >= kMinSurnameBytes && i >= 2 && in_sentence(i - 2) &&
         plain_capitalized(text[i - 1]) && plain_capitalized(text[i - 2]);
}

// "Luis Corte Ramírez", "Adda Lucelly Cámara Vallejos": a word that opens bodies' names or
// never names anyone elsewhere is a surname after a first name, or after two name words that
// open a name listed after a comma or "y", when another name word follows it; or after two
// first names when nothing of a body's name does ("Miguel Ángel Cámara, ha aprobado").
bool surname_between_names(const Gazetteer& gazetteer, const Text& text, std::size_t i) {
  const auto in_sentence = [&](std::size_t k) {
    return k < text.size() && text[k].sentence == text[i].sentence;
  };
  const auto given = [&](std::size_t k) {
    return text[k].word && text[k].capitalized && gazetteer.is_given_name(text[k].folded);
  };
  const auto plain = [&](std::size_t k) {
    if (!plain_capitalized(text[k])) return false;
    const Gazetteer::WordClass word = gazetteer.word_class(text[k].lower);
    return !word.name_head && !word.weak_name_head;
  };
  if (i < 1 || !in_sentence(i - 1)) return false;
  // "el Alcalde, Miguel Ángel Cámara, ha aprobado": the last surname after two first names,
  // with no complement of a body's after it.
  if (i >= 2 && in_sentence(i - 2) && given(i - 2) && given(i - 1) &&
      (!in_sentence(i + 1) || (!text[i + 1].word && !is_punct(text[i + 1], "(")) ||
       (!text[i + 1].capitalized && !text[i + 1].upper && !is_connector(text[i + 1].folded)))) {
    return true;
  }
  if (!in_sentence(i + 1) || !plain(i + 1)) return false;
  if (given(i - 1)) return true;
  if (i < 2) return false;
  const bool listed =
      i >= 3 && in_sentence(i - 3) && (is_punct(text[i - 3], ",") || text[i - 3].folded == "y");
  return plain(i - 1) && in_sentence(i - 2) && plain(i - 2) && (given(i - 2) || listed);
}

// "Asistió Héctor Pablo Ramírez Puga, director…": a verb in the past opening the sentence is
// capitalised like the name after it. Spanish names do not end in "-ó" nor in "-ieron", and
// only short ones in "-aron" ("Aaron", "Sharon"; "Llegaron" is longer).
bool past_verb_opening_sentence(const Text& text, std::size_t i) {
  constexpr std::size_t kShortestAronVerb = 7;  // bytes: "Dejaron", "Firmaron"
  if (text.sentence_begin(i) != i) return false;
  const std::string_view word = text[i].lower;
  return word.size() > 3 && (word.ends_with("\xC3\xB3") || word.ends_with("ieron") ||
                             (word.ends_with("aron") && word.size() >= kShortestAronVerb));
}

TokenClass classify(const Gazetteer& gazetteer, const Text& text, std::size_t i) {
  TokenClass result;
  const Token& t = text[i];
  if (!t.word) return result;
  const Gazetteer::WordClass vocabulary = gazetteer.word_class(t.lower);
  result.role_modifier = vocabulary.role_modifier;
  // "Juan C. Pérez": a letter after a capitalised word is an initial, not "C." for
  // "Ciudadano".
  result.honorific = vocabulary.honorific &&
                     !(t.lower.size() == 1 && i > 0 && text[i - 1].word && text[i - 1].capitalized);
  result.name_head = vocabulary.name_head;
  result.weak_name_head = vocabulary.weak_name_head;
  // A post of two or three words: "oficial mayor", "secretario de acuerdos".
  result.role_word_length = vocabulary.role_word ? 1 : 0;
  // "el exalcalde de Gómez Palacio, Nombre": a past post, its "ex" glued to it.
  constexpr std::size_t kShortestPastPost = 5;  // "exjuez"
  if (!vocabulary.role_word && t.lower.size() > kShortestPastPost && t.lower.starts_with("ex") &&
      gazetteer.word_class(std::string_view(t.lower).substr(2)).role_word) {
    result.role_word_length = 1;
  }
  if (vocabulary.opens_role) {
    std::string words = t.lower;
    for (std::size_t length = 2; length <= 3; ++length) {
      const std::size_t k = i + length - 1;
      if (k >= text.size() || !text[k].word || text[k].sentence != t.sentence) break;
      words.append(" ").append(text[k].lower);
      if (!gazetteer.role_word(words).empty()) result.role_word_length = length;
    }
  }
  if (t.capitalized && (result.name_head || result.weak_name_head || is_not_name_word(t.folded)) &&
      !is_month(t.folded) && result.role_word_length == 0 && !result.role_modifier &&
      !result.honorific && surname_between_names(gazetteer, text, i)) {
    result.name_head = result.weak_name_head = false;
    result.name_candidate = true;
    return result;
  }
  if (t.capitalized && surname_before_mark(text, i) && is_function_word(t.folded)) {
    result.name_candidate = true;
    return result;
  }
  result.name_candidate = t.capitalized && !is_not_name_word(t.folded) &&
                          (!is_month(t.folded) || month_in_name(text, i)) &&
                          !past_verb_opening_sentence(text, i) && !is_function_word(t.folded) &&
                          result.role_word_length == 0 && !result.role_modifier &&
                          !result.honorific && !result.name_head && !result.weak_name_head;
  return result;
}

}  // namespace

Scan::Scan(const Gazetteer& g, const Matchers& m, const std::vector<std::string>& texts,
           const std::optional<std::string>& iso_date)
    : gazetteer(g), matchers(m), text(texts), date(iso_date) {
  classes.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) classes.push_back(classify(g, text, i));
}

const Mention* Scan::organization_at(std::size_t i) const {
  for (const Mention& mention : organization_mentions) {
    if (mention.begin <= i && i < mention.end) return &mention;
  }
  return nullptr;
}

std::string Scan::dominant_organization() const {
  std::map<std::size_t, int> counts;
  for (const Mention& mention : organization_mentions) ++counts[mention.entity];
  std::size_t best = organizations.size();
  int best_count = 0;
  for (const Mention& mention : organization_mentions) {  // in order: ties go to the first
    if (counts[mention.entity] > best_count) {
      best = mention.entity;
      best_count = counts[mention.entity];
    }
  }
  return best < organizations.size() ? organizations[best].id : "";
}

namespace {

// Entities of a stage in order of first mention, with how often each is mentioned.
std::vector<std::pair<std::size_t, int>> by_first_mention(std::vector<Mention> mentions) {
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  std::vector<std::pair<std::size_t, int>> counted;
  for (const Mention& mention : mentions) {
    auto it = std::find_if(counted.begin(), counted.end(),
                           [&](const auto& entry) { return entry.first == mention.entity; });
    if (it == counted.end()) {
      counted.emplace_back(mention.entity, 1);
    } else {
      ++it->second;
    }
  }
  return counted;
}

Entities collect(const Scan& scan) {
  Entities entities;
  for (const auto& [index, mentions] :
       by_first_mention({scan.person_mentions.begin(), scan.person_mentions.end()})) {
    const Person& person = scan.people[index];
    const auto [role, organization] = effective_post(scan, person);
    entities.officials.push_back({person.id, person.name, role, organization, mentions});
  }
  for (const auto& [index, mentions] : by_first_mention(scan.organization_mentions)) {
    const FoundOrganization& organization = scan.organizations[index];
    entities.organizations.push_back({organization.id, organization.name, mentions});
  }
  for (const auto& [index, mentions] : by_first_mention(scan.state_mentions)) {
    entities.states.push_back(scan.gazetteer.states()[index].name);
  }
  entities.quotes = scan.quotes;
  return entities;
}

}  // namespace
}  // namespace entities

EntityExtractor::EntityExtractor(const Gazetteer& gazetteer)
    : gazetteer_(&gazetteer), matchers_(std::make_unique<entities::Matchers>(gazetteer)) {}

EntityExtractor::~EntityExtractor() = default;
EntityExtractor::EntityExtractor(EntityExtractor&&) noexcept = default;
EntityExtractor& EntityExtractor::operator=(EntityExtractor&&) noexcept = default;

namespace {
// As schema/gazetteer/states.xml names them.
constexpr std::string_view kMexicoCity = "Ciudad de México";
constexpr std::string_view kStateOfMexico = "Estado de México";
}  // namespace

Entities EntityExtractor::extract(const std::vector<std::string>& texts,
                                  const std::optional<std::string>& iso_date,
                                  const std::string& place) const {
  entities::Scan scan(*gazetteer_, *matchers_, texts, iso_date);
  // Order matters: each stage claims tokens the later ones skip (organization names before
  // the people and states inside them).
  entities::find_organizations(scan);
  entities::find_officials(scan);
  entities::find_states(scan);
  entities::find_quotes(scan);
  Entities entities = entities::collect(scan);
  if (place.empty()) return entities;
  // The place names states only: "TOLUCA, Estado de México" is no acronym.
  // The scan reads the texts in place: they must outlive it, so no temporary vector.
  const std::vector<std::string> place_text{place};
  entities::Scan place_scan(*gazetteer_, *matchers_, place_text, iso_date);
  entities::find_states(place_scan, entities::StatesIn::kPlace);
  std::vector<std::string> states;
  for (const auto& [index, mentions] : entities::by_first_mention(place_scan.state_mentions)) {
    states.push_back(gazetteer_->states()[index].name);
  }
  // "CIUDAD DE MÉXICO, Méx.": after a city that is a state of its own, "Méx." is the country.
  if (states.size() == 2 && states[0] == kMexicoCity && states[1] == kStateOfMexico) {
    states.pop_back();
  }
  for (std::string& state : entities.states) {
    if (std::find(states.begin(), states.end(), state) == states.end()) {
      states.push_back(std::move(state));
    }
  }
  entities.states = std::move(states);
  return entities;
}

}  // namespace hemeroteca
