#include "hemeroteca/schema/document_mapper.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <set>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

// Positions jump between paragraphs so that a phrase never matches across two of them.
constexpr Xapian::termpos kParagraphGap = 100;

// The document data: kSummaryMark, then the summary's JSON and its text, each preceded by its
// length in decimal and ':', then the record's JSON. A record alone (JSON starts with '{') is
// the layout of indexes written before summaries, still read.
constexpr char kSummaryMark = '\x01';

void append_sized(std::string& data, std::string_view part) {
  data += std::to_string(part.size());
  data += ':';
  data += part;
}

// The part at `at` written by append_sized(), moving `at` past it; nothing when malformed.
std::optional<std::string_view> read_sized(std::string_view data, std::size_t& at) {
  const std::size_t colon = data.find(':', at);
  if (colon == std::string_view::npos || colon == at || colon - at > 12) return std::nullopt;
  std::size_t size = 0;
  for (std::size_t i = at; i < colon; ++i) {
    if (data[i] < '0' || data[i] > '9') return std::nullopt;
    size = size * 10 + static_cast<std::size_t>(data[i] - '0');
  }
  if (size > data.size() - colon - 1) return std::nullopt;
  at = colon + 1 + size;
  return data.substr(colon + 1, size);
}

[[noreturn]] void corrupt_data() {
  throw Error(ErrorKind::kCorrupt,
              "a document's stored record is unreadable: rebuild the index with "
              "`hemeroteca reindex` or a fresh import");
}

Record parse_record(std::string_view json_text) {
  nlohmann::json json = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) corrupt_data();
  return record_from_json(json);
}

nlohmann::json summary_json(const Record& record) {
  nlohmann::json officials = nlohmann::json::array();
  for (const Official& official : record.officials) {
    officials.push_back({official.id, official.name});
  }
  nlohmann::json topics = nlohmann::json::array();
  for (const Topic& topic : record.topics) topics.push_back({topic.id, topic.label});
  return {{"id", record.id},
          {"title", record.title},
          {"date", record.date ? nlohmann::json(*record.date) : nlohmann::json()},
          {"number", record.number ? nlohmann::json(*record.number) : nlohmann::json()},
          {"officials", std::move(officials)},
          {"topics", std::move(topics)},
          {"sources", record.sources},
          {"duplicate_key", record.duplicate_key}};
}

HitSummary summary_of(const Record& record) {
  HitSummary summary;
  summary.id = record.id;
  summary.title = record.title;
  summary.date = record.date;
  summary.number = record.number;
  for (const Official& official : record.officials) {
    summary.officials.push_back({official.id, official.name});
  }
  for (const Topic& topic : record.topics) summary.topics.push_back({topic.id, topic.label});
  summary.sources = record.sources;
  summary.duplicate_key = record.duplicate_key;
  summary.text = snippet_text(record);
  return summary;
}

std::optional<std::string> optional_string(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  return std::nullopt;
}

std::vector<HitSummary::Labelled> labelled_pairs(const nlohmann::json& pairs) {
  std::vector<HitSummary::Labelled> labelled;
  for (const nlohmann::json& pair : pairs) {
    labelled.push_back({pair.at(0).get<std::string>(), pair.at(1).get<std::string>()});
  }
  return labelled;
}

std::string join_values(const std::vector<std::string>& values) {
  std::string joined;
  for (const std::string& value : values) {
    if (value.empty()) continue;
    if (!joined.empty()) joined.push_back(kValueSeparator);
    joined += value;
  }
  return joined;
}

}  // namespace

std::string boolean_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  if (prefix.size() > 1 && !value.empty() &&
      (std::isupper(static_cast<unsigned char>(value.front())) || value.front() == ':')) {
    term.push_back(':');
  }
  term += value;
  return term;
}

std::string keyword_term(const FieldSpec& spec, std::string_view value) {
  return spec.prefix + slug(value);
}

std::string facet_label_key(std::string_view field_name, std::string_view value) {
  std::string key = "label:";
  key += field_name;
  key += ':';
  key += value;
  return key;
}

std::vector<std::pair<std::string, std::string>> DocumentMapper::facet_labels(
    const Record& record) const {
  std::vector<std::pair<std::string, std::string>> labels;
  for (const Official& official : record.officials) {
    labels.emplace_back(facet_label_key(field::kOfficial, slug(official.id)), official.name);
  }
  for (const Organization& organization : record.organizations) {
    labels.emplace_back(facet_label_key(field::kOrganization, slug(organization.id)),
                        organization.id);
  }
  for (const std::string& state : record.states) {
    labels.emplace_back(facet_label_key(field::kState, slug(state)), state);
  }
  for (const Topic& topic : record.topics) {
    labels.emplace_back(facet_label_key(field::kTopic, slug(topic.id)), topic.label);
  }
  return labels;
}

DocumentMapper::DocumentMapper(const Schema& schema) : schema_(schema) {}

std::string DocumentMapper::id_term(std::string_view id) const {
  return boolean_term(schema_.field(field::kId).prefix, id);
}

void DocumentMapper::index_text(Xapian::Document& document, std::string_view text,
                                const FieldSpec& spec, Xapian::termpos& position) {
  const std::string& vocabulary_prefix = schema_.field(field::kVocabulary).prefix;
  const bool scoped = !spec.prefix.empty();
  for (const Token& token : analyzer_.tokenize(text)) {
    ++position;
    const std::string stem = analyzer_.stem(token);
    document.add_posting(token.folded, position, spec.weight);
    document.add_term("Z" + stem, spec.weight);
    if (scoped) {
      document.add_posting(spec.prefix + token.folded, position, 1);
      document.add_term("Z" + spec.prefix + stem, 1);
    }
    if (std::string term = analyzer_.vocabulary_term(token, vocabulary_prefix); !term.empty()) {
      document.add_boolean_term(term);
    }
  }
  position += kParagraphGap;
}

Xapian::Document DocumentMapper::to_document(const Record& record) {
  Xapian::Document document;
  document.add_boolean_term(id_term(record.id));

  Xapian::termpos position = 0;
  index_text(document, record.title, schema_.field(field::kTitle), position);
  const FieldSpec& highlights = schema_.field(field::kHighlights);
  for (const std::string& highlight : record.highlights) {
    index_text(document, highlight, highlights, position);
  }
  const FieldSpec& body = schema_.field(field::kBody);
  for (const std::string& paragraph : record.body) index_text(document, paragraph, body, position);

  auto set_value = [&](std::string_view name, const std::string& value) {
    const FieldSpec& spec = schema_.field(name);
    if (spec.slot && !value.empty()) document.add_value(*spec.slot, value);
  };
  auto add_keyword = [&](std::string_view name, std::string_view value) {
    if (!value.empty()) document.add_boolean_term(keyword_term(schema_.field(name), value));
  };

  if (record.date && record.date->size() == 10) {
    const std::string& iso = *record.date;
    const std::string compact = iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
    add_keyword(field::kDate, compact);
    add_keyword(field::kYear, compact.substr(0, 4));
    add_keyword(field::kMonth, compact.substr(0, 6));
    set_value(field::kDate, compact);
    set_value(field::kYear, compact.substr(0, 4));
    set_value(field::kMonth, compact.substr(0, 6));
  } else {
    add_keyword(field::kYear, kUndatedYear);
  }
  if (record.number) {
    add_keyword(field::kNumber, *record.number);
    set_value(field::kNumber, *record.number);
  }

  std::vector<std::string> ids;
  for (const Official& official : record.officials) {
    add_keyword(field::kOfficial, official.id);
    ids.push_back(official.id);
  }
  set_value(field::kOfficial, join_values(ids));
  ids.clear();
  for (const Organization& organization : record.organizations) {
    add_keyword(field::kOrganization, organization.id);
    ids.push_back(organization.id);
  }
  set_value(field::kOrganization, join_values(ids));
  for (const std::string& state : record.states) add_keyword(field::kState, state);
  set_value(field::kState, join_values(record.states));
  ids.clear();
  for (const Topic& topic : record.topics) {
    add_keyword(field::kTopic, topic.id);
    ids.push_back(topic.id);
  }
  set_value(field::kTopic, join_values(ids));

  add_keyword(field::kDuplicateKey, record.duplicate_key);
  set_value(field::kDuplicateKey, record.duplicate_key);
  add_keyword(field::kFormat, record.format);
  if (!record.figures.empty()) add_keyword(field::kHasFigures, "1");

  std::string data(1, kSummaryMark);
  append_sized(data, summary_json(record).dump());
  append_sized(data, snippet_text(record));
  data += to_json(record).dump();
  document.set_data(data);
  return document;
}

Record DocumentMapper::to_record(const Xapian::Document& document) {
  const std::string data = document.get_data();
  if (data.empty() || data.front() != kSummaryMark) return parse_record(data);
  std::size_t at = 1;
  if (!read_sized(data, at) || !read_sized(data, at)) corrupt_data();
  return parse_record(std::string_view(data).substr(at));
}

HitSummary DocumentMapper::to_summary(const Xapian::Document& document) {
  const std::string data = document.get_data();
  if (data.empty() || data.front() != kSummaryMark) return summary_of(parse_record(data));
  std::size_t at = 1;
  const auto summary_text = read_sized(data, at);
  const auto text = read_sized(data, at);
  if (!summary_text || !text) corrupt_data();
  const nlohmann::json json =
      nlohmann::json::parse(*summary_text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) corrupt_data();
  try {
    HitSummary summary;
    summary.id = json.at("id").get<std::string>();
    summary.title = json.at("title").get<std::string>();
    summary.date = optional_string(json.at("date"));
    summary.number = optional_string(json.at("number"));
    summary.officials = labelled_pairs(json.at("officials"));
    summary.topics = labelled_pairs(json.at("topics"));
    summary.sources = json.at("sources").get<std::vector<std::string>>();
    summary.duplicate_key = json.at("duplicate_key").get<std::string>();
    summary.text = *text;
    return summary;
  } catch (const nlohmann::json::exception&) {
    corrupt_data();
  }
}

std::string snippet_text(const Record& record) {
  std::string text;
  for (const std::string& highlight : record.highlights) {
    text += highlight;
    if (!highlight.empty() &&
        std::string_view(".!?:").find(highlight.back()) == std::string_view::npos) {
      text += '.';
    }
    text += ' ';
  }
  return text + joined_body(record);
}

}  // namespace hemeroteca
