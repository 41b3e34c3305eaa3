#include "hemeroteca/indexer/corrections.h"

#include <algorithm>
#include <array>

#include "hemeroteca/indexer/text_util.h"
#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/query_dates.h"

namespace hemeroteca {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 8> kMembers = {
    "title", "date", "number", "place", "officials", "organizations", "states", "topics"};

[[nodiscard]] Error bad(std::string_view member, const std::string& what) {
  return Error(ErrorKind::kInvalidArgument,
               "correction member \"" + std::string(member) + "\" " + what);
}

std::string text_member(const json& value, std::string_view member) {
  if (!value.is_string()) throw bad(member, "must be a string");
  return value.get<std::string>();
}

json array_member(const json& value, std::string_view member) {
  if (!value.is_array()) throw bad(member, "must be an array");
  return value;
}

// A string, or an object whose "key" is a string; the rest of the object is kept.
json named_object(const json& item, std::string_view member, const char* key) {
  if (item.is_string()) return json{{key, item}};
  if (item.is_object() && item.contains(key) && item[key].is_string()) return item;
  throw bad(member, std::string("must hold strings or objects with a string \"") + key + "\"");
}

json normalize_officials(const json& value, const Gazetteer& gazetteer) {
  json officials = json::array();
  for (const json& item : array_member(value, "officials")) {
    json official = named_object(item, "officials", "name");
    const std::string name = official["name"];
    // An official the gazetteer knows keeps its id and name there, so facets do not split.
    if (const GazetteerOfficial* known = gazetteer.find_official(name)) {
      official["id"] = known->id;
      official["name"] = known->name;
    }
    if (!official.contains("id")) official["id"] = slug(name);
    // Role, organization and mentions left out stay out: apply_correction() takes them from
    // the bulletin's own reading of that official, as each import makes it.
    officials.push_back(std::move(official));
  }
  return officials;
}

json normalize_organizations(const json& value, const Gazetteer& gazetteer) {
  json organizations = json::array();
  for (const json& item : array_member(value, "organizations")) {
    json organization = named_object(item, "organizations", "id");
    // "imss", "Seguro Social": a known organization by its id and name, never a new spelling
    // of the id that would relabel its facet.
    const std::string given = organization["id"];
    const GazetteerOrganization* known = gazetteer.find_organization(given);
    if (known == nullptr) known = gazetteer.organization_by_id(ascii_upper(given));
    if (known != nullptr) {
      organization["id"] = known->id;
      organization["name"] = known->name;
    }
    if (!organization.contains("name")) organization["name"] = "";
    if (!organization.contains("mentions")) organization["mentions"] = 1;
    organizations.push_back(std::move(organization));
  }
  return organizations;
}

json normalize_topics(const json& value, const Taxonomy& taxonomy) {
  json topics = json::array();
  for (const json& item : array_member(value, "topics")) {
    json topic = named_object(item, "topics", "id");
    const std::string id = topic["id"];
    const bool known = std::any_of(taxonomy.topics().begin(), taxonomy.topics().end(),
                                   [&](const TopicSpec& spec) { return spec.id == id; });
    if (!known) throw bad("topics", "names \"" + id + "\", which is not in schema/topics.xml");
    topic["label"] = taxonomy.label(id);
    if (!topic.contains("score") || !topic["score"].is_number()) topic["score"] = 1.0;
    topics.push_back(std::move(topic));
  }
  return topics;
}

// States by their canonical names ("CDMX" -> "Ciudad de México"); a name that is no state of
// schema/gazetteer/states.xml is refused, not made a new facet value.
json normalize_states(const json& value, const Gazetteer& gazetteer) {
  json states = json::array();
  for (const json& item : array_member(value, "states")) {
    if (!item.is_string()) throw bad("states", "must hold state names");
    const GazetteerState* state = gazetteer.find_state(item.get<std::string>());
    if (state == nullptr) {
      throw bad("states", "names \"" + item.get<std::string>() +
                              "\", which is not a state of schema/gazetteer/states.xml");
    }
    if (std::find(states.begin(), states.end(), state->name) == states.end()) {
      states.push_back(state->name);
    }
  }
  return states;
}

json normalize_member(std::string_view member, const json& value, const Taxonomy& taxonomy,
                      const Gazetteer& gazetteer) {
  if (member == "date") {
    if (value.is_null()) return value;
    const std::string date = text_member(value, member);
    if (!is_iso_date(date)) throw bad(member, "must be a real day written YYYY-MM-DD, or null");
    return date;
  }
  if (member == "number") return value.is_null() ? value : json(text_member(value, member));
  if (member == "title" || member == "place") return text_member(value, member);
  if (member == "officials") return normalize_officials(value, gazetteer);
  if (member == "organizations") return normalize_organizations(value, gazetteer);
  if (member == "states") return normalize_states(value, gazetteer);
  return normalize_topics(value, taxonomy);
}

}  // namespace

std::string correction_key(std::string_view id) {
  return std::string(kCorrectionKeyPrefix) + std::string(id);
}

json normalize_correction(const json& patch, const Taxonomy& taxonomy, const Gazetteer& gazetteer) {
  if (!patch.is_object() || patch.empty()) {
    throw Error(ErrorKind::kInvalidArgument,
                "a correction is a JSON object with one or more of: title, date, number, place, "
                "officials, organizations, states, topics");
  }
  json normalized = json::object();
  for (const auto& [member, value] : patch.items()) {
    if (std::find(kMembers.begin(), kMembers.end(), member) == kMembers.end()) {
      throw bad(member,
                "cannot be corrected; correct title, date, number, place, officials, "
                "organizations, states or topics");
    }
    normalized[member] = normalize_member(member, value, taxonomy, gazetteer);
  }
  return normalized;
}

json merge_corrections(json earlier, const json& later) {
  if (!earlier.is_object()) earlier = json::object();
  for (const auto& [member, value] : later.items()) earlier[member] = value;
  return earlier;
}

// A corrected official without a role, an organization or mentions has those the extraction
// read for the same official, or none: staff who list "Zoé Robledo" do not take away his post.
json officials_filled_from(const json& officials, const Record& record) {
  json filled = officials;
  for (json& official : filled) {
    const auto extracted =
        std::find_if(record.officials.begin(), record.officials.end(),
                     [&](const Official& o) { return o.id == official.value("id", ""); });
    const bool found = extracted != record.officials.end();
    if (!official.contains("role")) official["role"] = found ? extracted->role : "";
    if (!official.contains("organization")) {
      official["organization"] = found ? extracted->organization : "";
    }
    if (!official.contains("mentions")) official["mentions"] = found ? extracted->mentions : 1;
  }
  return filled;
}

Record apply_correction(const Record& record, const json& correction) {
  json corrected = to_json(record);
  for (const auto& [member, value] : correction.items()) corrected[member] = value;
  if (correction.contains("officials")) {
    corrected["officials"] = officials_filled_from(correction["officials"], record);
  }
  if (correction.contains("date")) {
    corrected["date_source"] =
        to_string(correction["date"].is_null() ? DateSource::kNone : DateSource::kMetadata);
  }
  return record_from_json(corrected);
}

}  // namespace hemeroteca
