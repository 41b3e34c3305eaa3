#include "hemeroteca/schema/document_mapper.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <set>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

// Positions jump between paragraphs so that a phrase never matches across two of them.
constexpr Xapian::termpos kParagraphGap = 100;

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

  set_value(field::kId, record.id);
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

  document.set_data(to_json(record).dump());
  return document;
}

Record DocumentMapper::to_record(const Xapian::Document& document) {
  const std::string data = document.get_data();
  nlohmann::json json = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    throw Error(ErrorKind::kCorrupt,
                "a document's stored record is not JSON: rebuild the index with "
                "`hemeroteca reindex` or a fresh import");
  }
  return record_from_json(json);
}

}  // namespace hemeroteca
