// States: gazetteer names and variants anywhere outside organization and person names;
// dateline abbreviations only right after "Place," ("Xalapa, Ver., a 16 de julio").
#include <algorithm>
#include <string_view>

#include "entity_scan.h"

namespace hemeroteca::entities {
namespace {

// Capitalised words that may precede a state's name without making it part of another name.
constexpr std::string_view kStateContext[] = {"estado",         "gobierno", "congreso",
                                              "delegacion",     "estatal",  "dif",
                                              "representacion", "entidad",  "region"};

// Lower-case words after which a state's name is a street, a square or a venue.
constexpr std::string_view kPlaceWords[] = {
    "calle",   "calles",    "avenida", "avenidas",  "av",      "colonia", "colonias",
    "col",     "boulevard", "bulevar", "calzada",   "privada", "plaza",   "parque",
    "estadio", "paseo",     "teatro",  "auditorio", "estacion"};

template <std::size_t N>
bool in(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// "Miguel Hidalgo", "Ciudad Victoria": a capitalised word right before belongs to the name,
// unless it is capitalised for opening the sentence; in a place, every capital is a name's.
bool inside_other_name(const Scan& scan, std::size_t i, StatesIn where) {
  const Text& text = scan.text;
  const std::size_t first = text.sentence_begin(i);
  if (i == first) return false;
  const Token& before = text[i - 1];
  if (before.word && in(kPlaceWords, before.folded)) return true;
  // "las calles Corregidora e Hidalgo": the last of the streets a place word lists.
  if (before.word && (before.folded == "y" || before.folded == "e") && i >= first + 3 &&
      text[i - 2].word && text[i - 2].capitalized && text[i - 3].word &&
      in(kPlaceWords, text[i - 3].folded)) {
    return true;
  }
  // "- Miguel Hidalgo", a colonia's name in a list: a first name opening the line is the name's.
  if (before.word && before.capitalized && i - 1 == first &&
      scan.gazetteer.is_given_name(before.folded)) {
    return true;
  }
  // "la calle “Hidalgo y Costilla”": the street's name in quotes.
  if (!before.word && i - 1 > first && text[i - 2].word && in(kPlaceWords, text[i - 2].folded) &&
      (is_punct(before, "\u201c") || is_punct(before, "\"") || is_punct(before, "\u00ab"))) {
    return true;
  }
  if (!before.word || !before.capitalized || (i - 1 == first && where == StatesIn::kText)) {
    return false;
  }
  return !in(kStateContext, before.folded);
}

// "Ver." right after "Xalapa," and before ",", "a", a date or the end of the sentence.
bool dateline_abbreviation(const Text& text, std::size_t i, std::size_t end, std::size_t last) {
  if (i < 2 || !is_punct(text[i - 1], ",") || !text[i - 2].word ||
      !(text[i - 2].capitalized || text[i - 2].upper)) {
    return false;
  }
  if (end >= last) return true;
  const Token& next = text[end];
  return is_punct(next, ",") || next.folded == "a" || is_punct(next, ".") ||
         (!next.word ? false : std::isdigit(static_cast<unsigned char>(next.text[0])) != 0);
}

void add_state(Scan& scan, std::size_t state, std::size_t begin, std::size_t end) {
  scan.state_mentions.push_back({state, begin, end});
  for (std::size_t k = begin; k < end; ++k) scan.text.owner[k] = Owner::kState;
}

}  // namespace

void find_states(Scan& scan, StatesIn where) {
  Text& text = scan.text;
  for (const auto& [first, last] : text.sentences) {
    for (std::size_t i = first; i < last; ++i) {
      if (!text.free(i) || !text[i].word) continue;
      PhraseMatcher::Match match = scan.matchers.states.match(text, i, last);
      // A dateline's place may give its town and state without a comma between ("La Paz Baja
      // California Sur"); a state's name of several words is no town's then.
      const bool town_before_state = where == StatesIn::kPlace && match.length > 1;
      if (match.length > 0 && (town_before_state || !inside_other_name(scan, i, where))) {
        add_state(scan, match.target, i, i + match.length);
        i += match.length - 1;
        continue;
      }
      match = scan.matchers.abbreviations.match(text, i, last);
      if (match.length > 0 && dateline_abbreviation(text, i, i + match.length, last)) {
        add_state(scan, match.target, i, i + match.length);
        i += match.length - 1;
      }
    }
  }
}

}  // namespace hemeroteca::entities
