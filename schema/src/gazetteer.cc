#include "hemeroteca/schema/gazetteer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <pugixml.hpp>
#include <set>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/xml_location.h"

namespace hemeroteca {
namespace {

std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// Folded with runs of white space made one space, so "Zoé  Robledo" finds "zoe robledo".
std::string key_of(std::string_view text) {
  const std::string folded = Analyzer::fold(trim(text));
  std::string key;
  for (char c : folded) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (key.empty() || key.back() == ' ')) continue;
    key.push_back(space ? ' ' : c);
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// Lower case that keeps accents, without a trailing period: "Mtro." -> "mtro".
std::string lower_word(std::string_view text) {
  text = trim(text);
  if (!text.empty() && text.back() == '.') text.remove_suffix(1);
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    // Vocabulary look-ups run for every word of every bulletin: ASCII skips ICU.
    if (bytes[i] < 0x80) {
      const char c = static_cast<char>(bytes[i++]);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;
    char buffer[U8_MAX_LENGTH];
    int32_t size = 0;
    UBool error = false;
    U8_APPEND(buffer, size, U8_MAX_LENGTH, u_tolower(c), error);
    if (!error) out.append(buffer, static_cast<std::size_t>(size));
  }
  return out;
}

// Bytes that may make lower_word() differ from its argument: capitals, bytes of other
// letters, and white space (with the other control bytes, which it leaves alone).
constexpr std::array<bool, 256> kLowerWordChanges = [] {
  std::array<bool, 256> changes{};
  for (std::size_t byte = 0; byte < changes.size(); ++byte) {
    changes[byte] = byte <= ' ' || (byte >= 'A' && byte <= 'Z') || byte >= 0x80;
  }
  return changes;
}();

// "director | directora" -> {"director", "directora"}.
std::vector<std::string> split_forms(std::string_view text) {
  std::vector<std::string> forms;
  while (true) {
    const std::size_t bar = text.find('|');
    const std::string_view form = trim(text.substr(0, bar));
    if (!form.empty()) forms.emplace_back(form);
    if (bar == std::string_view::npos) break;
    text.remove_prefix(bar + 1);
  }
  return forms;
}

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool in_range(std::string_view digits, int low, int high) {
  const int value = std::stoi(std::string(digits));
  return value >= low && value <= high;
}

// "2019", "2019-05" or "2019-05-21".
bool valid_iso_prefix(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!all_digits(date.substr(0, 4))) return false;
  if (date.size() >= 7 &&
      (date[4] != '-' || !all_digits(date.substr(5, 2)) || !in_range(date.substr(5, 2), 1, 12))) {
    return false;
  }
  if (date.size() == 10 &&
      (date[7] != '-' || !all_digits(date.substr(8, 2)) || !in_range(date.substr(8, 2), 1, 31))) {
    return false;
  }
  return true;
}

// The first and last day a prefix covers; "31" is a safe last day for string comparison.
std::string first_day(std::string_view prefix) {
  if (prefix.size() == 4) return std::string(prefix) + "-01-01";
  if (prefix.size() == 7) return std::string(prefix) + "-01";
  return std::string(prefix);
}

std::string last_day(std::string_view prefix) {
  if (prefix.empty()) return "9999-12-31";
  if (prefix.size() == 4) return std::string(prefix) + "-12-31";
  if (prefix.size() == 7) return std::string(prefix) + "-31";
  return std::string(prefix);
}

bool valid_slug(std::string_view id) { return !id.empty() && slug(id) == id; }

// One XML file held in memory, so errors can name the line of any node.
class XmlFile {
 public:
  XmlFile(const std::filesystem::path& path, const char* root_name) : path_(path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      throw Error(ErrorKind::kIo, "cannot read gazetteer file " + path.string() +
                                      ": check the folder given with --schema");
    }
    text_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const pugi::xml_parse_result parsed = document_.load_buffer(text_.data(), text_.size());
    if (!parsed) {
      throw XmlLocation(path_, text_, static_cast<std::size_t>(parsed.offset))
          .error(parsed.description());
    }
    root_ = document_.child(root_name);
    if (!root_) {
      throw XmlLocation(path_, text_, 0)
          .error(std::string("the root element must be <") + root_name + ">");
    }
  }

  const pugi::xml_node& root() const { return root_; }

  [[nodiscard]] Error error(const pugi::xml_node& node, const std::string& problem) const {
    return XmlLocation(path_, text_, static_cast<std::size_t>(node.offset_debug())).error(problem);
  }

  // A required, non-empty attribute.
  std::string attribute(const pugi::xml_node& node, const char* name) const {
    const std::string value(trim(node.attribute(name).as_string()));
    if (value.empty()) {
      throw error(node, std::string("<") + node.name() + "> has no " + name + " attribute");
    }
    return value;
  }

 private:
  std::filesystem::path path_;
  std::string text_;
  pugi::xml_document document_;
  pugi::xml_node root_;
};

}  // namespace

// Fills a Gazetteer from its three files; a friend so the Gazetteer stays immutable outside.
class GazetteerLoader {
 public:
  explicit GazetteerLoader(Gazetteer& gazetteer) : g_(gazetteer) {}

  void load_organizations(const std::filesystem::path& path) {
    const XmlFile file(path, "organizations");
    load_organization_vocabulary(file);
    for (const pugi::xml_node& node : file.root().children("organization")) {
      GazetteerOrganization organization;
      organization.id = file.attribute(node, "id");
      organization.name = file.attribute(node, "name");
      organization.head = trim(node.attribute("head").as_string());
      organization.local = node.attribute("local").as_bool(false);
      for (const pugi::xml_node& alias : node.children("alias")) {
        organization.aliases.push_back(text_of(file, alias));
      }
      const std::size_t index = g_.organizations_.size();
      if (!g_.organization_ids_.emplace(organization.id, index).second) {
        throw file.error(node, "organization id \"" + organization.id + "\" is used twice");
      }
      add_key(file, node, g_.organization_keys_, organization.name, index, "organization");
      for (const std::string& alias : organization.aliases) {
        add_key(file, node, g_.organization_keys_, alias, index, "organization");
      }
      g_.organizations_.push_back(std::move(organization));
    }
  }

  void load_officials(const std::filesystem::path& path) {
    const XmlFile file(path, "officials");
    load_official_vocabulary(file);
    for (const pugi::xml_node& node : file.root().children("official")) {
      GazetteerOfficial official;
      official.id = file.attribute(node, "id");
      if (!valid_slug(official.id)) {
        throw file.error(node, "official id \"" + official.id +
                                   "\" must be a slug: lower-case letters, digits and '-'");
      }
      official.name = file.attribute(node, "name");
      for (const pugi::xml_node& alias : node.children("alias")) {
        official.aliases.push_back(text_of(file, alias));
      }
      for (const pugi::xml_node& role : node.children("role")) {
        official.roles.push_back(read_role(file, role));
      }
      const std::size_t index = g_.officials_.size();
      if (!g_.official_ids_.emplace(official.id, index).second) {
        throw file.error(node, "official id \"" + official.id + "\" is used twice");
      }
      add_key(file, node, g_.official_keys_, official.name, index, "official");
      for (const std::string& alias : official.aliases) {
        add_key(file, node, g_.official_keys_, alias, index, "official");
      }
      g_.officials_.push_back(std::move(official));
    }
  }

  void load_states(const std::filesystem::path& path) {
    const XmlFile file(path, "states");
    for (const pugi::xml_node& node : file.root().children("state")) {
      GazetteerState state;
      state.name = file.attribute(node, "name");
      for (const pugi::xml_node& variant : node.children("variant")) {
        state.variants.push_back(text_of(file, variant));
      }
      for (const pugi::xml_node& abbreviation : node.children("abbreviation")) {
        state.abbreviations.push_back(text_of(file, abbreviation));
      }
      for (const pugi::xml_node& demonym : node.children("demonym")) {
        state.demonyms.push_back(text_of(file, demonym));
      }
      const std::size_t index = g_.states_.size();
      add_key(file, node, g_.state_keys_, state.name, index, "state");
      for (const std::string& variant : state.variants) {
        add_key(file, node, g_.state_keys_, variant, index, "state");
      }
      g_.states_.push_back(std::move(state));
    }
  }

  // The vocabulary sets as one map, so word_class() looks a word up once.
  void merge_word_classes() {
    Gazetteer::Vocabulary& v = g_.vocabulary_;
    for (const std::string& word : v.honorifics) v.classes[word].honorific = true;
    for (const auto& [word, canonical] : v.role_words) {
      if (!canonical.empty()) v.classes[word].role_word = true;
      if (const std::size_t space = word.find(' '); space != std::string::npos) {
        v.classes[word.substr(0, space)].opens_role = true;
      }
    }
    for (const auto& [word, canonical] : v.modifiers) v.classes[word].role_modifier = true;
    for (const std::string& word : v.name_heads) v.classes[word].name_head = true;
    for (const std::string& word : v.weak_name_heads) v.classes[word].weak_name_head = true;
  }

 private:
  static std::string text_of(const XmlFile& file, const pugi::xml_node& node) {
    const std::string text(trim(node.text().as_string()));
    if (text.empty()) throw file.error(node, std::string("<") + node.name() + "> is empty");
    return text;
  }

  void add_key(const XmlFile& file, const pugi::xml_node& node,
               std::unordered_map<std::string, std::size_t>& keys, const std::string& name,
               std::size_t index, const char* what) {
    const auto [it, inserted] = keys.emplace(key_of(name), index);
    if (!inserted && it->second != index) {
      throw file.error(node, std::string("\"") + name + "\" already names another " + what);
    }
  }

  GazetteerRole read_role(const XmlFile& file, const pugi::xml_node& node) {
    GazetteerRole role;
    role.title = file.attribute(node, "title");
    role.organization = trim(node.attribute("organization").as_string());
    role.from = file.attribute(node, "from");
    role.to = trim(node.attribute("to").as_string());
    if (!role.organization.empty() && !g_.organization_ids_.contains(role.organization)) {
      throw file.error(
          node, "organization \"" + role.organization + "\" is not an id in organizations.xml");
    }
    for (const std::string* date : {&role.from, &role.to}) {
      if (!date->empty() && !valid_iso_prefix(*date)) {
        throw file.error(node, "date \"" + *date + "\" is not YYYY, YYYY-MM or YYYY-MM-DD");
      }
    }
    if (!role.to.empty() && last_day(role.to) < first_day(role.from)) {
      throw file.error(node, "role \"" + role.title + "\" ends (" + role.to +
                                 ") before it begins (" + role.from + ")");
    }
    return role;
  }

  // Each element holds forms separated by '|'; the first is the canonical one.
  static void read_forms(const XmlFile& file, const char* element,
                         std::unordered_map<std::string, std::string>& out) {
    for (const pugi::xml_node& node : file.root().child("vocabulary").children(element)) {
      const std::vector<std::string> forms = split_forms(text_of(file, node));
      for (const std::string& form : forms) out.emplace(lower_word(form), lower_word(forms[0]));
    }
  }

  // A post typed without its accents is the post ("el Sindico Nombre", "el tecnico"). A form
  // another entry holds keeps it: "secretaria" is the post (and "secretaría", a ministry, is
  // in no list here).
  static void add_unaccented_forms(std::unordered_map<std::string, std::string>& forms) {
    std::vector<std::pair<std::string, std::string>> unaccented;
    for (const auto& [form, canonical] : forms) {
      std::string folded = Analyzer::fold(form);
      if (folded != form && !forms.contains(folded)) {
        unaccented.emplace_back(std::move(folded), canonical);
      }
    }
    forms.insert(unaccented.begin(), unaccented.end());
  }

  void load_official_vocabulary(const XmlFile& file) {
    std::unordered_map<std::string, std::string> honorifics;
    read_forms(file, "honorific", honorifics);
    for (const auto& [form, canonical] : honorifics) g_.vocabulary_.honorifics.insert(form);
    read_forms(file, "role-word", g_.vocabulary_.role_words);
    read_forms(file, "role-modifier", g_.vocabulary_.modifiers);
    add_unaccented_forms(g_.vocabulary_.role_words);
    add_unaccented_forms(g_.vocabulary_.modifiers);
    for (const pugi::xml_node& node : file.root().child("vocabulary").children("given-name")) {
      for (const std::string& form : split_forms(text_of(file, node))) {
        g_.vocabulary_.given_names.insert(key_of(form));
      }
    }
  }

  void load_organization_vocabulary(const XmlFile& file) {
    for (const pugi::xml_node& node : file.root().child("vocabulary").children("name-head")) {
      const bool weak = node.attribute("weak").as_bool(false);
      for (const std::string& form : split_forms(text_of(file, node))) {
        (weak ? g_.vocabulary_.weak_name_heads : g_.vocabulary_.name_heads)
            .insert(lower_word(form));
      }
    }
    for (const pugi::xml_node& node :
         file.root().child("vocabulary").children("not-organization")) {
      for (const std::string& form : split_forms(text_of(file, node))) {
        g_.vocabulary_.not_organizations.insert(key_of(form));
      }
    }
    for (const pugi::xml_node& node :
         file.root().child("vocabulary").children("not-organization-head")) {
      for (const std::string& form : split_forms(text_of(file, node))) {
        g_.vocabulary_.not_organization_heads.insert(lower_word(form));
      }
    }
  }

  Gazetteer& g_;
};

Gazetteer Gazetteer::load(const std::filesystem::path& schema_dir) {
  const std::filesystem::path folder = schema_dir / "gazetteer";
  Gazetteer gazetteer;
  GazetteerLoader loader(gazetteer);
  // Organizations first: officials' roles name them.
  loader.load_organizations(folder / "organizations.xml");
  loader.load_officials(folder / "officials.xml");
  loader.load_states(folder / "states.xml");
  loader.merge_word_classes();
  return gazetteer;
}

namespace {

template <typename T>
const T* find_in(const std::unordered_map<std::string, std::size_t>& keys,
                 const std::vector<T>& items, std::string_view name) {
  const auto it = keys.find(key_of(name));
  return it == keys.end() ? nullptr : &items[it->second];
}

}  // namespace

const GazetteerOfficial* Gazetteer::find_official(std::string_view name) const {
  return find_in(official_keys_, officials_, name);
}

const GazetteerOrganization* Gazetteer::find_organization(std::string_view name) const {
  if (const GazetteerOrganization* by_id = organization_by_id(name)) return by_id;
  return find_in(organization_keys_, organizations_, name);
}

const GazetteerState* Gazetteer::find_state(std::string_view name) const {
  return find_in(state_keys_, states_, name);
}

const GazetteerOfficial* Gazetteer::official_by_id(std::string_view id) const {
  const auto it = official_ids_.find(std::string(id));
  return it == official_ids_.end() ? nullptr : &officials_[it->second];
}

const GazetteerOrganization* Gazetteer::organization_by_id(std::string_view id) const {
  const auto it = organization_ids_.find(std::string(id));
  return it == organization_ids_.end() ? nullptr : &organizations_[it->second];
}

std::string Gazetteer::official_label(std::string_view id) const {
  const GazetteerOfficial* official = official_by_id(id);
  return official ? official->name : std::string(id);
}

std::string Gazetteer::organization_label(std::string_view id) const {
  const GazetteerOrganization* organization = organization_by_id(id);
  return organization ? organization->name : std::string(id);
}

std::string Gazetteer::canonical_role(std::string_view role) const {
  std::vector<std::string> words;
  std::string_view rest = trim(role);
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    if (!word.empty()) words.push_back(lower_word(word));
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    std::string canonical = word;
    // Two-word forms first: "oficial mayor", "mandatario estatal" (a governor).
    if (i + 1 < words.size()) {
      if (auto pair = vocabulary_.role_words.find(word + " " + words[i + 1]);
          pair != vocabulary_.role_words.end()) {
        if (!out.empty()) out.push_back(' ');
        out += pair->second;
        ++i;
        continue;
      }
    }
    if (auto it = vocabulary_.role_words.find(word); it != vocabulary_.role_words.end()) {
      canonical = it->second;
    } else if (auto mod = vocabulary_.modifiers.find(word); mod != vocabulary_.modifiers.end()) {
      canonical = mod->second;
    }
    if (!out.empty()) out.push_back(' ');
    out += canonical;
  }
  return key_of(out);
}

const GazetteerRole* Gazetteer::role_on(const GazetteerOfficial& official,
                                        const std::optional<std::string>& iso_date) const {
  if (official.roles.empty()) return nullptr;
  if (!iso_date) return &official.roles.front();
  const std::string date = first_day(*iso_date);
  const GazetteerRole* best = nullptr;
  for (const GazetteerRole& role : official.roles) {
    if (first_day(role.from) <= date && date <= last_day(role.to) &&
        (best == nullptr || first_day(best->from) < first_day(role.from))) {
      best = &role;
    }
  }
  return best;
}

const GazetteerOfficial* Gazetteer::official_for_role(
    std::string_view role, std::string_view organization,
    const std::optional<std::string>& iso_date) const {
  std::string organization_id;
  std::string head;
  if (!trim(organization).empty()) {
    const GazetteerOrganization* known = find_organization(organization);
    if (known == nullptr) return nullptr;
    organization_id = known->id;
    head = canonical_role(known->head);
  }
  const std::string wanted = canonical_role(role);
  const std::string head_word = head.substr(0, head.find(' '));
  const auto matches = [&](const GazetteerRole& held) {
    if (held.organization != organization_id) return false;
    const std::string title = canonical_role(held.title);
    if (title == wanted) return true;
    return !head.empty() && title == head && (wanted == "titular" || wanted == head_word);
  };

  const std::string date = iso_date ? first_day(*iso_date) : std::string();
  const GazetteerOfficial* best = nullptr;
  std::string best_from;
  std::set<const GazetteerOfficial*> holders;
  for (const GazetteerOfficial& official : officials_) {
    for (const GazetteerRole& held : official.roles) {
      if (!matches(held)) continue;
      holders.insert(&official);
      if (!iso_date) continue;
      const std::string from = first_day(held.from);
      if (from <= date && date <= last_day(held.to) && (best == nullptr || best_from < from)) {
        best = &official;
        best_from = from;
      }
    }
  }
  if (!iso_date) return holders.size() == 1 ? *holders.begin() : nullptr;
  return best;
}

bool Gazetteer::is_honorific(std::string_view word) const {
  return vocabulary_.honorifics.contains(lower_word(word));
}

std::string Gazetteer::role_word(std::string_view lower_words) const {
  const auto it = vocabulary_.role_words.find(lower_word(lower_words));
  return it == vocabulary_.role_words.end() ? std::string() : it->second;
}

bool Gazetteer::is_role_modifier(std::string_view word) const {
  return vocabulary_.modifiers.contains(lower_word(word));
}

bool Gazetteer::is_name_head(std::string_view word) const {
  return vocabulary_.name_heads.contains(lower_word(word));
}

bool Gazetteer::is_weak_name_head(std::string_view word) const {
  return vocabulary_.weak_name_heads.contains(lower_word(word));
}

bool Gazetteer::is_not_organization_head(std::string_view word) const {
  return vocabulary_.not_organization_heads.contains(lower_word(word));
}

bool Gazetteer::is_given_name(std::string_view word) const {
  return vocabulary_.given_names.contains(key_of(word));
}

Gazetteer::WordClass Gazetteer::word_class(std::string_view word) const {
  // Most words come lower-cased already, and lower_word() would return them unchanged.
  const bool changes =
      (!word.empty() && word.back() == '.') || std::any_of(word.begin(), word.end(), [](char c) {
        return kLowerWordChanges[static_cast<unsigned char>(c)];
      });
  const auto it =
      changes ? vocabulary_.classes.find(lower_word(word)) : vocabulary_.classes.find(word);
  return it == vocabulary_.classes.end() ? WordClass{} : it->second;
}

bool Gazetteer::is_not_organization(std::string_view acronym) const {
  return vocabulary_.not_organizations.contains(key_of(acronym));
}

}  // namespace hemeroteca
