// Internal to the entity extractor: the state one extraction builds up, shared by the stages
// that entities.cc runs in order: organizations.cc, officials.cc (with roles.cc for posts and
// mentions.cc for later mentions), states.cc, quotes.cc.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "entity_text.h"
#include "hemeroteca/indexer/entities.h"
#include "hemeroteca/schema/gazetteer.h"

namespace hemeroteca::entities {

// Gazetteer names as phrase matchers, built once per extractor.
struct Matchers {
  explicit Matchers(const Gazetteer& gazetteer);

  PhraseMatcher organizations;  // target: index in gazetteer.organizations()
  PhraseMatcher officials;      // target: index in gazetteer.officials()
  PhraseMatcher states;         // target: index in gazetteer.states()
  PhraseMatcher abbreviations;  // dateline abbreviations; target: state index
  // Per official: content_words() of the name and of each alias.
  std::vector<std::vector<std::vector<std::string>>> official_forms;
};

struct Mention {
  std::size_t entity = 0;  // index into the stage's entity list
  std::size_t begin = 0;   // token range [begin, end)
  std::size_t end = 0;
};

struct FoundOrganization {
  std::string id;
  std::string name;
};

// A post as read from the text.
struct Role {
  std::size_t begin = 0;  // token range [begin, end) of the whole phrase
  std::size_t end = 0;
  std::string text;          // "director general", "secretario del Trabajo del Gobierno del Estado"
  std::string organization;  // id found inside the phrase, or ""
  bool vague = false;        // "del Instituto", "de la institución": an organization not named
  bool internal = false;     // a post inside an institution: director de..., delegado
};

struct Person {
  std::string id;  // "" once merged into another person (a short form of their name)
  std::string name;
  const GazetteerOfficial* known = nullptr;
  // Each full form of the name (canonical, aliases, or as written) as folded content words.
  std::vector<std::vector<std::string>> forms;
  std::vector<Role> roles;  // posts the text gives them, in order
};

struct PersonMention : Mention {
  bool subject = true;  // not after a preposition: may be the subject of a speech verb
};

// What the gazetteer's vocabulary says of a token: the rules ask it of the same tokens many
// times, so each scan looks it up once per token.
struct TokenClass {
  std::size_t role_word_length = 0;  // see role_word_length()
  bool role_modifier = false;
  bool honorific = false;
  bool name_head = false;
  bool weak_name_head = false;
  bool name_candidate = false;  // name_word() for a token no other entity has claimed
};

struct Scan {
  Scan(const Gazetteer& g, const Matchers& m, const std::vector<std::string>& texts,
       const std::optional<std::string>& iso_date);

  const Gazetteer& gazetteer;
  const Matchers& matchers;
  Text text;
  const std::optional<std::string>& date;
  std::vector<TokenClass> classes;  // per token

  std::vector<FoundOrganization> organizations;
  std::vector<Mention> organization_mentions;
  std::map<std::string, std::size_t> organization_keys;  // folded acronym or name -> index
  std::set<std::string> not_organization_keys;  // folded acronyms of programmes, laws, events
  std::vector<Person> people;
  std::vector<PersonMention> person_mentions;
  std::vector<Mention> state_mentions;  // entity: index in gazetteer.states()
  std::vector<Quote> quotes;

  // The organization mention that covers token i, or nullptr.
  const Mention* organization_at(std::size_t i) const;
  // The id of the most mentioned organization ("" when none).
  std::string dominant_organization() const;
};

// The stages, in the order entities.cc runs them.
void find_organizations(Scan& scan);
void find_officials(Scan& scan);
enum class StatesIn { kText, kPlace };  // a dateline's place, read apart from the text
void find_states(Scan& scan, StatesIn where = StatesIn::kText);
void find_quotes(Scan& scan);

// People (officials.cc), shared with mentions.cc.
// A name's words, folded, without particles: "Lerdo de Tejada" -> {"lerdo", "tejada"}.
std::vector<std::string> content_words(std::string_view name);
bool name_word(const Scan& scan, std::size_t i);  // a capitalised word that may be in a name
std::size_t honorific_length(const Scan& scan, std::size_t i);  // "Mtro." = 2 tokens, or 0
// The person a known official is, added on first mention; `written` is how the text names
// them there, which becomes their name when it is fuller than the gazetteer's.
std::size_t person_for_known(Scan& scan, const GazetteerOfficial& known,
                             std::string_view written = {});
void add_person_mention(Scan& scan, std::size_t person, std::size_t begin, std::size_t end);
// Whether `words` (folded, without particles) is a way to name `person`: a full form, its
// first two or more words, or its surnames.
bool short_form_of(const Person& person, const std::vector<std::string>& words);

// Later mentions (mentions.cc): surnames of people already named, and posts alone.
// `post_used` marks the tokens of posts already read together with a name.
void find_short_mentions(Scan& scan);
void find_post_mentions(Scan& scan, std::vector<bool>& post_used);
// Whether the mention starting at `begin` follows a preposition ("del director general"):
// such a mention is not the subject of its sentence.
bool after_preposition(const Scan& scan, std::size_t begin);

// The post and organization to report for a person (mentions.cc): the first post the text
// gives with an organization, else the first; completed from the gazetteer for the date.
std::pair<std::string, std::string> effective_post(const Scan& scan, const Person& person);

// Posts (roles.cc), shared by the stages.
// Number of tokens of the post word at i ("oficial mayor" = 2), 0 when there is none.
std::size_t role_word_length(const Scan& scan, std::size_t i);
bool is_role_modifier_at(const Scan& scan, std::size_t i);
// The post whose word is at token i, read forward: modifiers and "de/del + proper name"
// complements. nullopt when no post word is at i.
std::optional<Role> role_at(const Scan& scan, std::size_t i);
// The singular of a plural post word at token i ("subgobernadores": "subgobernador",
// "comisionadas": "comisionada"), or "" when the word is no plural post word.
std::string plural_post_singular(const Scan& scan, std::size_t i);
// The post spanning tokens [begin, end), begin being its post word; its complement starts at
// `complement_begin` when given, past words of other posts listed with it ("los titulares de
// la Fiscalía, Nombre, y de la Auditoría, Nombre": the second is "titular de la Auditoría").
Role make_role(const Scan& scan, std::size_t begin, std::size_t end,
               std::size_t complement_begin = std::string_view::npos);
// The post word that opens the phrase ending just before the comma at `comma` ("el director
// de Prestaciones Económicas, Sociales y Culturales, Nombre"), or npos.
std::size_t role_before_comma(const Scan& scan, std::size_t comma);

}  // namespace hemeroteca::entities
