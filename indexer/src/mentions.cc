// Later mentions of the people named in a bulletin: their surnames ("Robledo", "Bucio
// Mújica") and their posts alone ("el titular del Seguro Social", "el secretario general").
#include <algorithm>
#include <string>

#include "entity_scan.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca::entities {
namespace {

// The person mentioned last before token i among `candidates`, else the first candidate.
std::size_t most_recent(const Scan& scan, const std::vector<std::size_t>& candidates,
                        std::size_t i) {
  std::size_t best = candidates.front();
  std::size_t best_end = 0;
  for (const PersonMention& mention : scan.person_mentions) {
    if (mention.end > i || mention.end < best_end) continue;
    if (std::find(candidates.begin(), candidates.end(), mention.entity) == candidates.end()) {
      continue;
    }
    best = mention.entity;
    best_end = mention.end;
  }
  return best;
}

// A role as a comparable key without modifiers other than "general": "gobernador
// constitucional de veracruz" and "gobernador de veracruz" are the same post.
std::string post_key(const Scan& scan, const std::string& role) {
  std::string key;
  // Canonical first, so that a two-word post keeps its modifier ("mandatario estatal").
  for (const Token& token : tokenize(scan.gazetteer.canonical_role(role), 0, 0)) {
    if (!token.word) continue;
    if (token.folded != "general" && scan.gazetteer.is_role_modifier(token.lower)) continue;
    if (!key.empty()) key += ' ';
    key += token.folded;
  }
  return scan.gazetteer.canonical_role(key);
}

std::string head_of(const Scan& scan, const std::string& organization) {
  const GazetteerOrganization* known = scan.gazetteer.organization_by_id(organization);
  return known ? scan.gazetteer.canonical_role(known->head) : "";
}

// "el titular del Seguro Social": someone named with that post in the bulletin.
std::vector<std::size_t> holders_in_text(const Scan& scan, const Role& role, bool head_only) {
  const std::string wanted = scan.gazetteer.canonical_role(role.text);
  const std::string wanted_key = post_key(scan, role.text);
  const std::string head = head_of(scan, role.organization);
  std::vector<std::size_t> holders;
  for (std::size_t p = 0; p < scan.people.size(); ++p) {
    const Person& person = scan.people[p];
    if (person.id.empty()) continue;
    const auto [text, organization] = effective_post(scan, person);
    std::string held = scan.gazetteer.canonical_role(text);
    std::string held_key = post_key(scan, text);
    // The titular of an organization holds its head's post: "el titular de la Secretaría de
    // Educación Pública" is later "el secretario".
    if (const std::string held_head = head_of(scan, organization);
        held == "titular" && !held_head.empty()) {
      held = held_key = held_head;
    }
    bool match;
    if (!role.organization.empty()) {
      match = organization == role.organization &&
              (held == wanted ||
               ((wanted == "titular" || wanted == head.substr(0, head.find(' '))) && held == head));
    } else if (head_only) {
      match = held_key.starts_with(wanted_key);
    } else {
      match = held == wanted || held_key == wanted_key;
    }
    if (match) holders.push_back(p);
  }
  return holders;
}

// Whether one of `people` is mentioned before token i: a post alone refers back to them
// rather than ahead to someone the text names later.
bool named_before(const Scan& scan, const std::vector<std::size_t>& people, std::size_t i) {
  return std::any_of(scan.person_mentions.begin(), scan.person_mentions.end(), [&](const auto& m) {
    return m.end <= i && std::find(people.begin(), people.end(), m.entity) != people.end();
  });
}

bool post_opens_phrase(const Text& text, std::size_t i, const Role& role) {
  if (i == 0) return !role.organization.empty();
  const std::string& before = text[i - 1].folded;
  if (before == "el" || before == "la" || before == "del" || before == "al") return true;
  if (before == "tambien" && i >= 2 && is_article(text[i - 2].folded)) return true;
  return !role.organization.empty() && (text[i].capitalized || text[i].upper);
}

}  // namespace

bool after_preposition(const Scan& scan, std::size_t begin) {
  const Text& text = scan.text;
  std::size_t k = begin;
  const std::size_t first = begin < text.size() ? text.sentence_begin(begin) : 0;
  while (k > first) {
    --k;
    const Token& t = text[k];
    if (is_punct(t, ".") ||
        (t.word && (is_article(t.folded) || t.folded == "tambien" || scan.classes[k].honorific))) {
      continue;
    }
    return t.word && is_preposition(t.folded);
  }
  return false;
}

// Capitalised runs that are a short form of someone already named: "Robledo", "Bucio Mújica".
namespace {

// The one person, not of the gazetteer, whose name `words` goes on with a surname or two:
// "Gustavo Urquiza Beltrán, rindió su informe…" where "el rector Gustavo Urquiza" was read;
// scan.people.size() when none or more than one.
std::size_t named_in_full(const Scan& scan, const std::vector<std::string>& words) {
  constexpr std::size_t kMaxMoreWords = 2;
  std::size_t found = scan.people.size();
  for (std::size_t p = 0; p < scan.people.size(); ++p) {
    const Person& person = scan.people[p];
    if (person.id.empty() || person.known != nullptr) continue;
    const bool extends = std::any_of(person.forms.begin(), person.forms.end(), [&](const auto& f) {
      return f.size() >= 2 && f.size() < words.size() && words.size() - f.size() <= kMaxMoreWords &&
             std::equal(f.begin(), f.end(), words.begin());
    });
    if (!extends) continue;
    if (found != scan.people.size()) return scan.people.size();
    found = p;
  }
  return found;
}

}  // namespace

void find_short_mentions(Scan& scan) {
  Text& text = scan.text;
  for (const auto& [first, last] : text.sentences) {
    for (std::size_t i = first; i < last; ++i) {
      if (!text.free(i) || !name_word(scan, i)) continue;
      if (i > first && text[i - 1].word && (text[i - 1].capitalized || text[i - 1].upper) &&
          honorific_length(scan, i - 1) == 0 && role_word_length(scan, i - 1) == 0 &&
          !is_role_modifier_at(scan, i - 1) && !(i - 1 == first)) {
        continue;
      }
      std::vector<std::string> words;
      std::size_t j = i;
      while (j < last) {
        if (text.free(j) && name_word(scan, j)) {
          words.push_back(text[j].folded);
          ++j;
          continue;
        }
        std::size_t k = j;
        while (k < last && k - j < 3 && is_name_particle(text[k].folded) && text[k].folded != "y") {
          ++k;
        }
        if (k == j || k >= last || !name_word(scan, k) || !text.free(k)) break;
        j = k;
      }
      std::vector<std::size_t> candidates;
      for (std::size_t p = 0; p < scan.people.size(); ++p) {
        if (!scan.people[p].id.empty() && short_form_of(scan.people[p], words)) {
          candidates.push_back(p);
        }
      }
      if (candidates.empty()) {
        if (const std::size_t person = named_in_full(scan, words); person != scan.people.size()) {
          // The text names them more fully than where their post was read: that is their name.
          Person& named = scan.people[person];
          named.name = std::string(text.span(i, j - 1));
          named.id = slug(named.name);
          named.forms.push_back(words);
          candidates.push_back(person);
        }
      }
      if (!candidates.empty()) {
        add_person_mention(scan, most_recent(scan, candidates, i), i, j);
        for (std::size_t k = i; k < j; ++k) text.owner[k] = Owner::kPerson;
      }
      i = j - 1;
    }
  }
}

// Whether token i stands inside quotation marks opened earlier in its paragraph.
bool inside_quotation(const Text& text, std::size_t i) {
  std::size_t k = i;
  while (k > 0 && text[k - 1].paragraph == text[i].paragraph) --k;
  bool open = false;
  for (; k < i; ++k) {
    if (text[k].word) continue;
    if (!open && is_open_quote(text[k].text)) {
      open = true;
    } else if (open && is_close_quote(text[k].text)) {
      open = false;
    }
  }
  return open;
}

// Posts named alone: "el titular del Seguro Social", "el secretario general".
void find_post_mentions(Scan& scan, std::vector<bool>& post_used) {
  const Text& text = scan.text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (post_used[i] || !text.free(i) || role_word_length(scan, i) == 0) continue;
    const std::optional<Role> role = role_at(scan, i);
    if (!role || !post_opens_phrase(text, i, *role)) continue;
    for (std::size_t k = role->begin; k < role->end; ++k) post_used[k] = true;
    // Holders named before the post win over those named after it, whichever rule finds them:
    // the exact post, the gazetteer's holder on the date, a post that begins with it.
    std::vector<std::size_t> holders = holders_in_text(scan, *role, false);
    if (!named_before(scan, holders, i)) {
      const GazetteerOfficial* known =
          scan.gazetteer.official_for_role(role->text, role->organization, scan.date);
      const bool named =
          known != nullptr && std::any_of(scan.people.begin(), scan.people.end(),
                                          [&](const Person& p) { return p.id == known->id; });
      // A post in passing ("por instrucción del Presidente") adds nobody new, nor one that
      // someone named later in the text holds, nor a post a speaker talks of ("“El trabajo
      // que hace el director del IMSS-Bienestar es fundamental”").
      if (known != nullptr && (named || (holders.empty() && !after_preposition(scan, i) &&
                                         !inside_quotation(text, i)))) {
        const std::size_t person = person_for_known(scan, *known);
        if (!named) scan.people[person].roles.push_back(*role);
        if (std::find(holders.begin(), holders.end(), person) == holders.end()) {
          holders.push_back(person);
        }
      }
    }
    bool bare = role->organization.empty();
    for (std::size_t k = i + role_word_length(scan, i); k < role->end && bare; ++k) {
      bare = is_role_modifier_at(scan, k);
    }
    if (!named_before(scan, holders, i) && (bare || role->vague)) {
      for (const std::size_t person : holders_in_text(scan, *role, true)) {
        if (std::find(holders.begin(), holders.end(), person) == holders.end()) {
          holders.push_back(person);
        }
      }
    }
    if (holders.empty()) continue;
    scan.person_mentions.push_back({{most_recent(scan, holders, i), role->begin, role->end}, true});
    i = role->end - 1;
  }
}

std::pair<std::string, std::string> effective_post(const Scan& scan, const Person& person) {
  const Role* chosen = nullptr;
  for (const Role& role : person.roles) {
    if (!role.organization.empty()) {
      chosen = &role;
      break;
    }
    if (chosen == nullptr && !role.text.empty()) chosen = &role;
  }
  std::string text = chosen ? chosen->text : "";
  std::string organization = chosen ? chosen->organization : "";
  if (person.known != nullptr) {
    if (const GazetteerRole* held = scan.gazetteer.role_on(*person.known, scan.date)) {
      const std::string title = scan.gazetteer.canonical_role(held->title);
      const std::string written = scan.gazetteer.canonical_role(text);
      // "titular" and "presidente" say less than the gazetteer's title for the same post.
      const bool same_organization = organization.empty() || organization == held->organization;
      if (text.empty() || title.starts_with(written + " ") ||
          (written == "titular" && same_organization)) {
        text = held->title;
      }
      if (organization.empty() && scan.gazetteer.canonical_role(text) == title) {
        organization = held->organization;
      }
    }
  }
  if (organization.empty() && chosen != nullptr && (chosen->vague || chosen->internal) &&
      person.known == nullptr) {
    organization = scan.dominant_organization();
  }
  return {text, organization};
}

}  // namespace hemeroteca::entities
