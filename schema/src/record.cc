#include "hemeroteca/schema/record.h"

#include <array>
#include <nlohmann/json.hpp>
#include <utility>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

using nlohmann::json;

constexpr std::array<std::pair<DateSource, std::string_view>, 5> kDateSourceNames{{
    {DateSource::kNone, "none"},
    {DateSource::kText, "text"},
    {DateSource::kMetadata, "metadata"},
    {DateSource::kNumber, "number"},
    {DateSource::kFilename, "filename"},
}};

json optional_string(const std::optional<std::string>& value) {
  return value ? json(*value) : json(nullptr);
}

// Reads `key` from `object` into `out` when present; a wrong type is a corrupt record.
template <typename T>
void read(const json& object, const char* key, T& out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return;
  try {
    out = it->get<T>();
  } catch (const json::exception& e) {
    throw Error(ErrorKind::kCorrupt,
                std::string("record field \"") + key + "\" has the wrong type: " + e.what());
  }
}

void read_optional(const json& object, const char* key, std::optional<std::string>& out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    out.reset();
    return;
  }
  std::string value;
  read(object, key, value);
  out = std::move(value);
}

}  // namespace

std::string_view to_string(DateSource source) {
  for (const auto& [value, name] : kDateSourceNames) {
    if (value == source) return name;
  }
  return "none";
}

DateSource date_source_from_string(std::string_view name) {
  for (const auto& [value, known] : kDateSourceNames) {
    if (known == name) return value;
  }
  throw Error(ErrorKind::kInvalidArgument, "unknown date_source \"" + std::string(name) +
                                               "\": use text, metadata, number, filename or none");
}

json to_json(const Record& record) {
  json officials = json::array();
  for (const Official& o : record.officials) {
    officials.push_back({{"id", o.id},
                         {"name", o.name},
                         {"role", o.role},
                         {"organization", o.organization},
                         {"mentions", o.mentions}});
  }
  json organizations = json::array();
  for (const Organization& o : record.organizations) {
    organizations.push_back({{"id", o.id}, {"name", o.name}, {"mentions", o.mentions}});
  }
  json figures = json::array();
  for (const Figure& f : record.figures) {
    figures.push_back(
        {{"value", f.value}, {"unit", f.unit}, {"text", f.text}, {"sentence", f.sentence}});
  }
  json topics = json::array();
  for (const Topic& t : record.topics) {
    topics.push_back({{"id", t.id}, {"label", t.label}, {"score", t.score}});
  }
  json quotes = json::array();
  for (const Quote& q : record.quotes) {
    quotes.push_back({{"official", q.official}, {"verb", q.verb}, {"text", q.text}});
  }
  return json{
      {"id", record.id},
      {"source", record.source},
      {"sources", record.sources},
      {"format", record.format},
      {"title", record.title},
      {"highlights", record.highlights},
      {"body", record.body},
      {"place", record.place},
      {"date", optional_string(record.date)},
      {"date_source", to_string(record.date_source)},
      {"number", optional_string(record.number)},
      {"officials", std::move(officials)},
      {"organizations", std::move(organizations)},
      {"states", record.states},
      {"figures", std::move(figures)},
      {"topics", std::move(topics)},
      {"quotes", std::move(quotes)},
      {"links", record.links},
      {"duplicate_key", record.duplicate_key},
      {"content_hash", record.content_hash},
      {"warnings", record.warnings},
  };
}

Record record_from_json(const json& object) {
  if (!object.is_object()) throw Error(ErrorKind::kCorrupt, "a record must be a JSON object");
  Record record;
  read(object, "id", record.id);
  if (record.id.empty()) throw Error(ErrorKind::kCorrupt, "record has no id");
  read(object, "source", record.source);
  read(object, "sources", record.sources);
  read(object, "format", record.format);
  read(object, "title", record.title);
  read(object, "highlights", record.highlights);
  read(object, "body", record.body);
  read(object, "place", record.place);
  read_optional(object, "date", record.date);
  std::string date_source = "none";
  read(object, "date_source", date_source);
  record.date_source = date_source_from_string(date_source);
  read_optional(object, "number", record.number);
  if (auto it = object.find("officials"); it != object.end() && it->is_array()) {
    for (const json& o : *it) {
      Official official;
      read(o, "id", official.id);
      read(o, "name", official.name);
      read(o, "role", official.role);
      read(o, "organization", official.organization);
      read(o, "mentions", official.mentions);
      record.officials.push_back(std::move(official));
    }
  }
  if (auto it = object.find("organizations"); it != object.end() && it->is_array()) {
    for (const json& o : *it) {
      Organization organization;
      read(o, "id", organization.id);
      read(o, "name", organization.name);
      read(o, "mentions", organization.mentions);
      record.organizations.push_back(std::move(organization));
    }
  }
  read(object, "states", record.states);
  if (auto it = object.find("figures"); it != object.end() && it->is_array()) {
    for (const json& f : *it) {
      Figure figure;
      read(f, "value", figure.value);
      read(f, "unit", figure.unit);
      read(f, "text", figure.text);
      read(f, "sentence", figure.sentence);
      record.figures.push_back(std::move(figure));
    }
  }
  if (auto it = object.find("topics"); it != object.end() && it->is_array()) {
    for (const json& t : *it) {
      Topic topic;
      read(t, "id", topic.id);
      read(t, "label", topic.label);
      read(t, "score", topic.score);
      record.topics.push_back(std::move(topic));
    }
  }
  if (auto it = object.find("quotes"); it != object.end() && it->is_array()) {
    for (const json& q : *it) {
      Quote quote;
      read(q, "official", quote.official);
      read(q, "verb", quote.verb);
      read(q, "text", quote.text);
      record.quotes.push_back(std::move(quote));
    }
  }
  read(object, "links", record.links);
  read(object, "duplicate_key", record.duplicate_key);
  read(object, "content_hash", record.content_hash);
  read(object, "warnings", record.warnings);
  return record;
}

std::string joined_body(const Record& record) {
  std::string text;
  for (const std::string& paragraph : record.body) {
    if (!text.empty()) text += "\n\n";
    text += paragraph;
  }
  return text;
}

}  // namespace hemeroteca
