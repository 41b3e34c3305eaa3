// Gazetteer: the officials, organizations and federal entities Hemeroteca knows by name, read
// from schema/gazetteer/{officials,organizations,states}.xml. Communication staff edit those
// files (their formats are documented at the top of each) without recompiling; the indexer
// uses the gazetteer to recognise and link entities in bulletins, the server for labels and
// synonyms.
//
// Lookups take names as written ("Zoé Robledo Aburto", "Seguro Social", "Edomex") and compare
// them folded (Analyzer::fold: case and accents ignored, ñ kept) with white space collapsed.
// Besides entities the files hold the small vocabulary the extractor reads them with:
// honorifics ("Mtro.", "doctora"), words that name posts ("director", "oficial mayor") and
// their modifiers ("general", "estatal"), words that begin organization names ("Secretaría",
// "Universidad") and upper-case abbreviations that are not organizations ("UMAE", "COVID").
//
// Dates are ISO prefixes: "2019", "2019-05" or "2019-05-21". A role's `from` reads as the first
// day of the period it names and its `to` as the last, so "2012-12".."2018-11" covers
// 2012-12-01 through 2018-11-30; an empty `to` means the role is still held.
//
// Thread-safety: a loaded Gazetteer is immutable; every method is const and may be called
// from several threads at once.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace hemeroteca {

// A post held for a period: "director general" of "IMSS" from "2019-05".
struct GazetteerRole {
  std::string title;         // lower-case post as bulletins write it: "director general"
  std::string organization;  // organization id, or "" for posts like "presidente de la República"
  std::string from;          // ISO prefix, never empty
  std::string to;            // ISO prefix, or "" while the post is held
};

struct GazetteerOfficial {
  std::string id;                    // slug: "zoe-robledo"
  std::string name;                  // canonical name: "Zoé Robledo"
  std::vector<std::string> aliases;  // other full forms: "Zoé Robledo Aburto"
  std::vector<GazetteerRole> roles;
};

struct GazetteerOrganization {
  std::string id;                    // usually the acronym: "IMSS"
  std::string name;                  // full name: "Instituto Mexicano del Seguro Social"
  std::vector<std::string> aliases;  // acronyms and variants: "IMSS", "Seguro Social"
  std::string head;  // title of its head, for "el titular del IMSS": "director general"
  // Each state and town has a body of its own by this name ("el DIF Sinaloa", "el DIF
  // estatal"), which a bulletin names with the place after it.
  bool local = false;
};

struct GazetteerState {
  std::string name;                        // canonical: "Ciudad de México"
  std::vector<std::string> variants;       // "CDMX", "Distrito Federal", "D.F."
  std::vector<std::string> abbreviations;  // dateline forms, after "City,": "Ver."
  std::vector<std::string> demonyms;       // "chiapanecos": found in text; no find_state() key
};

class Gazetteer {
 public:
  // Reads schema_dir/gazetteer/{organizations,officials,states}.xml. Throws Error(kIo) when a
  // file cannot be read and Error(kCorrupt) naming file:line and the problem when the XML is
  // malformed or an entry is invalid: a missing id or name, a date that is not an ISO prefix,
  // `to` before `from`, a role naming an unknown organization, one alias for two entries.
  static Gazetteer load(const std::filesystem::path& schema_dir);

  const std::vector<GazetteerOfficial>& officials() const { return officials_; }
  const std::vector<GazetteerOrganization>& organizations() const { return organizations_; }
  const std::vector<GazetteerState>& states() const { return states_; }

  // By canonical name or alias (and, for organizations, by id); nullptr when unknown.
  const GazetteerOfficial* find_official(std::string_view name) const;
  const GazetteerOrganization* find_organization(std::string_view name) const;
  const GazetteerState* find_state(std::string_view name) const;
  const GazetteerOfficial* official_by_id(std::string_view id) const;
  const GazetteerOrganization* organization_by_id(std::string_view id) const;

  // Who held `role` at `organization` ("" for none) on `iso_date` (YYYY-MM-DD). The role is
  // compared by canonical_role(); "titular" and the first word of the organization's head
  // ("director" for "director general") stand for the head. When two holders overlap (a
  // hand-over day) the later appointment wins. Without a date only a post that one person has
  // ever held resolves. nullptr when nobody matches.
  const GazetteerOfficial* official_for_role(std::string_view role, std::string_view organization,
                                             const std::optional<std::string>& iso_date) const;
  // The role `official` held on `iso_date`, or their first role when no date is given; nullptr
  // when the gazetteer gives none for that date.
  const GazetteerRole* role_on(const GazetteerOfficial& official,
                               const std::optional<std::string>& iso_date) const;

  // Display labels for ids: the canonical name, or the id itself when unknown.
  std::string official_label(std::string_view id) const;
  std::string organization_label(std::string_view id) const;

  // A role as a comparable key: folded, single-spaced, each vocabulary word or two-word form
  // in its first (canonical) form: "Directora General" -> "director general", "mandataria
  // estatal" -> "gobernador".
  std::string canonical_role(std::string_view role) const;

  // Vocabulary. Words are compared lower-cased with their accents ("secretaria" is a post,
  // "secretaría" a ministry); a trailing period is ignored ("Mtro." = "Mtro").
  bool is_honorific(std::string_view word) const;
  // The canonical form of a post word or two-word post ("oficial mayor"), or "" when none.
  std::string role_word(std::string_view lower_words) const;
  bool is_role_modifier(std::string_view word) const;
  // Words that begin an organization's name; weak ones ("Consejo") only count before "de".
  bool is_name_head(std::string_view word) const;
  bool is_weak_name_head(std::string_view word) const;
  // Upper-case abbreviations that are not organizations: unit types, diseases, units.
  bool is_not_organization(std::string_view acronym) const;
  // Words that begin the name of what is written like an organization, "Name (ACRONYM)", but
  // is none: programmes, laws, plans, events ("Programa", "Ley", "Feria").
  bool is_not_organization_head(std::string_view word) const;
  // Common first names ("José", "María", "Víctor"), compared folded: where no comma parts a
  // post's area from the name after it ("el Secretario de Marina José Rafael Ojeda Durán"),
  // the name starts at one.
  bool is_given_name(std::string_view word) const;

  // What the vocabulary says of one word, compared as the methods above compare it, in one
  // look-up: for extractors that classify every word of a text.
  struct WordClass {
    bool honorific = false;
    bool role_word = false;   // role_word(word) is not ""
    bool opens_role = false;  // may begin a two-word post: "oficial" of "oficial mayor"
    bool role_modifier = false;
    bool name_head = false;
    bool weak_name_head = false;
  };
  WordClass word_class(std::string_view word) const;

 private:
  // Lets word_class() look a word up without copying it.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const {
      return std::hash<std::string_view>{}(word);
    }
  };

  struct Vocabulary {
    std::unordered_set<std::string> honorifics;
    std::unordered_map<std::string, std::string> role_words;  // form -> canonical form
    std::unordered_map<std::string, std::string> modifiers;   // form -> canonical form
    std::unordered_set<std::string> name_heads;
    std::unordered_set<std::string> weak_name_heads;
    std::unordered_set<std::string> not_organizations;  // folded
    std::unordered_set<std::string> not_organization_heads;
    std::unordered_set<std::string> given_names;  // folded
    // The sets above merged, by word.
    std::unordered_map<std::string, WordClass, WordHash, std::equal_to<>> classes;
  };

  std::vector<GazetteerOfficial> officials_;
  std::vector<GazetteerOrganization> organizations_;
  std::vector<GazetteerState> states_;
  std::unordered_map<std::string, std::size_t> official_keys_;  // folded name or alias -> index
  std::unordered_map<std::string, std::size_t> organization_keys_;
  std::unordered_map<std::string, std::size_t> state_keys_;
  std::unordered_map<std::string, std::size_t> official_ids_;
  std::unordered_map<std::string, std::size_t> organization_ids_;
  Vocabulary vocabulary_;

  friend class GazetteerLoader;
};

}  // namespace hemeroteca
