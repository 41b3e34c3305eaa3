// EntityExtractor: the officials, organizations, states and quotes of a bulletin.
//
// Extraction reads general rules of Spanish press writing, with the gazetteer (gazetteer.h)
// for canonical ids, aliases and who held which post when:
//
// Officials. A person is an official when the text gives them a post or the gazetteer knows
//   them. Posts are found around names: "el director general del IMSS, Mtro. Zoé Robledo";
//   "Jens Pedro Lohmann Iturburu, director general de Birmex"; "el Delegado estatal Renato
//   Alarcón Guevara"; "la Subdirección de X, a cargo de Nombre Apellido"; lists separated by
//   semicolons; names listed after a plural post ("los subgobernadores A, B y C", each one
//   "subgobernador"). Names are 2-5 capitalised words with particles (de, del, de la, y) and
//   hyphens; a month is a name word only beside another ("Julio León", not "3 de Julio");
//   honorifics (Mtro., doctora, general, don...) are dropped. People named without a
//   post ("las señoras Dulce, Abigail...") are not officials. Every later mention counts:
//   the full name, an alias, the surnames alone ("Robledo", "Bucio Mújica", "Lerdo de
//   Tejada") and the post alone ("el titular del Seguro Social", "el secretario general").
//   A post alone resolves to the person named with it in the bulletin, the latest named
//   before it when there is one (else one named after it), else through the gazetteer by the
//   bulletin's date. The titular of an organization holds the post of its head: "el titular
//   de la Secretaría de Educación Pública" is later "el secretario". A post alone adds a
//   person not named in the bulletin only when it acts in the sentence ("El titular del IMSS
//   inauguró..."), not in passing ("por instrucción del Presidente de la República").
//   Official::role is the post as written with its common words lower-cased and the
//   organization taken out ("director general"); Official::organization is the
//   organization's id, from the text, or the gazetteer organization the post heads by name
//   ("secretario de Salud", "subsecretario de Salud": the Secretaría de Salud, headed by a
//   secretario), else the gazetteer's post on that date, else (for posts inside an
//   institution: director de..., coordinador de..., delegado) the bulletin's most mentioned
//   organization. Known people get the gazetteer's id and name; others the
//   longest form of their name in the text and its slug as id.
// Organizations. Gazetteer names and acronyms; "Full Name (ACRONYM)" pairs, which also teach
//   the acronym for the rest of the bulletin; names that begin with an organization word
//   ("Colegio de Bachilleres"; a name ends where "y" joins another phrase: "la Universidad
//   Autónoma de Yucatán y en el Hospital…"); other upper-case words of 2-12 letters (hyphens
//   allowed: "CONCANACO-SERVYTUR"). Not taken: words of titles or headings written in capitals,
//   roman numerals, and the abbreviations organizations.xml lists as not organizations
//   (unit types such as UMAE and CMF: units of an institution, not organizations).
// States. Canonical names of the federal entities named in the text or as dateline
//   abbreviations ("Xalapa, Ver."); not inside organization or person names ("Universidad
//   Autónoma de Puebla", "Vicente Guerrero"); "México" alone is the country.
// Quotes. Statements after a speech verb (destacó, señaló, dijo... and "que ..."), or in
//   quotation marks (“ ” « » " ") with a speech verb before or after ("“…”, enfatizó"),
//   attributed to the official named as the verb's subject or, when none is named, to the
//   last official who acted as a subject before it; to nobody when the subject is someone
//   else ("dijo el vocero", a name that is no official's).
//
// Results are in order of first mention. Thread-safety: an EntityExtractor is immutable after
// construction; extract() is const and may be called from several threads at once.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "hemeroteca/schema/gazetteer.h"
#include "hemeroteca/schema/record.h"

namespace hemeroteca {

struct Entities {
  std::vector<Official> officials;
  std::vector<Organization> organizations;
  std::vector<std::string> states;  // canonical names from states.xml
  std::vector<Quote> quotes;
};

namespace entities {
struct Matchers;
}

class EntityExtractor {
 public:
  // Keeps a reference: the gazetteer must outlive the extractor.
  explicit EntityExtractor(const Gazetteer& gazetteer);
  ~EntityExtractor();
  EntityExtractor(EntityExtractor&&) noexcept;
  EntityExtractor& operator=(EntityExtractor&&) noexcept;

  // `texts` are the title, the highlights and the body paragraphs, in order; `iso_date`
  // (YYYY-MM-DD) is the bulletin's date, used to resolve posts to people; `place`, the
  // dateline's, names states only (they come first). Never throws for any text; invalid
  // UTF-8 is skipped.
  Entities extract(const std::vector<std::string>& texts,
                   const std::optional<std::string>& iso_date, const std::string& place = {}) const;

 private:
  const Gazetteer* gazetteer_;
  std::unique_ptr<const entities::Matchers> matchers_;
};

}  // namespace hemeroteca
