#include "hemeroteca/schema/document_mapper.h"

#include <cctype>
#include <charconv>
#include <nlohmann/json.hpp>
#include <set>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

// Positions jump between paragraphs so that a phrase never matches across two of them.
constexpr Xapian::termpos kParagraphGap = 100;

// The document data, newest layout first:
// - kTextInSlotMark, the value slot holding the text in decimal and ':', then the rest of the
//   record as JSON. The text is the list of highlights then the list of paragraphs (below), in
//   that value slot (fields.xml: snippet_text), stored as it is: Xapian compresses document
//   data, and a page of results would otherwise inflate ten whole records (~15 KB each) to cut
//   ten 240-byte snippets — at 100,000 bulletins that took longer than the search itself.
// - kTextFirstMark, the two lists, then the rest of the record as JSON (indexes written in
//   November 2026), still read.
// - The record's JSON alone, starting with '{' (indexes written before hit summaries), still
//   read.
// A list is its number of items, then each item; each is preceded by its length in decimal and
// ':'. Highlights and body are kept out of the JSON so that a snippet reads them without
// unescaping.
constexpr char kTextFirstMark = '\x02';
constexpr char kTextInSlotMark = '\x03';

void append_sized(std::string& data, std::string_view part) {
  data += std::to_string(part.size());
  data += ':';
  data += part;
}

void append_list(std::string& data, const std::vector<std::string>& items) {
  append_sized(data, std::to_string(items.size()));
  for (const std::string& item : items) append_sized(data, item);
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

std::optional<std::vector<std::string>> read_list(std::string_view data, std::size_t& at) {
  const auto count = read_sized(data, at);
  if (!count || count->empty() || count->size() > 9) return std::nullopt;
  std::size_t items = 0;
  for (char digit : *count) {
    if (digit < '0' || digit > '9') return std::nullopt;
    items = items * 10 + static_cast<std::size_t>(digit - '0');
  }
  std::vector<std::string> list;
  for (std::size_t i = 0; i < items; ++i) {
    const auto item = read_sized(data, at);
    if (!item) return std::nullopt;
    list.emplace_back(*item);
  }
  return list;
}

// The parts of a stored record.
struct StoredParts {
  std::vector<std::string> highlights;
  std::vector<std::string> body;
  std::string_view rest;  // the record's JSON without highlights and body
};

[[noreturn]] void corrupt_data() {
  throw Error(ErrorKind::kCorrupt,
              "a document's stored record is unreadable: rebuild the index with "
              "`hemeroteca reindex` or a fresh import");
}

// Highlights and body from `text` at `at`, written by append_text(), moving `at` past them.
void read_text(std::string_view text, std::size_t& at, StoredParts& parts) {
  auto highlights = read_list(text, at);
  if (!highlights) corrupt_data();
  parts.highlights = std::move(*highlights);
  auto body = read_list(text, at);
  if (!body) corrupt_data();
  parts.body = std::move(*body);
}

void append_text(std::string& out, const Record& record) {
  append_list(out, record.highlights);
  append_list(out, record.body);
}

// The parts of `document` whose data is `data`, or nothing when the data is a record alone
// (the earliest layout).
std::optional<StoredParts> stored_parts(const Xapian::Document& document, std::string_view data) {
  if (data.empty()) return std::nullopt;
  StoredParts parts;
  std::size_t at = 1;
  if (data.front() == kTextFirstMark) {
    read_text(data, at, parts);
    parts.rest = data.substr(at);
    return parts;
  }
  if (data.front() != kTextInSlotMark) return std::nullopt;
  const auto slot = read_sized(data, at);
  Xapian::valueno valueno = 0;
  if (!slot || slot->empty() ||
      std::from_chars(slot->data(), slot->data() + slot->size(), valueno).ptr !=
          slot->data() + slot->size()) {
    corrupt_data();
  }
  const std::string text = document.get_value(valueno);
  std::size_t text_at = 0;
  read_text(text, text_at, parts);
  parts.rest = data.substr(at);
  return parts;
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
  return spec.prefix + (spec.name == field::kNumber ? bulletin_number_key(value) : slug(value));
}

std::string bulletin_number_key(std::string_view number) {
  // Digit runs, right to left: the year is the last when another run comes before it.
  std::vector<std::string_view> runs;
  for (std::size_t i = 0; i < number.size();) {
    if (!std::isdigit(static_cast<unsigned char>(number[i]))) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < number.size() && std::isdigit(static_cast<unsigned char>(number[i]))) ++i;
    runs.push_back(number.substr(begin, i - begin));
  }
  if (runs.empty()) return slug(number);
  const auto without_zeros = [](std::string_view digits) {
    const std::size_t first = digits.find_first_not_of('0');
    return std::string(first == std::string_view::npos ? "0" : digits.substr(first));
  };
  const std::string_view last = runs.back();
  const bool year = runs.size() >= 2 &&
                    (last.size() == 2 ||
                     (last.size() == 4 && (last.starts_with("19") || last.starts_with("20"))));
  if (!year) return without_zeros(last);
  // "123/21": the century the press office left out (before 70, this one).
  const std::string full_year =
      last.size() == 4 ? std::string(last) : (last < "70" ? "20" : "19") + std::string(last);
  return without_zeros(runs[runs.size() - 2]) + "-" + full_year;
}

namespace {

// "kind:field:value", the metadata keys the index keeps per facet value.
std::string facet_metadata_key(std::string_view kind, std::string_view field_name,
                               std::string_view value) {
  std::string key(kind);
  key += ':';
  key += field_name;
  key += ':';
  key += value;
  return key;
}

}  // namespace

std::string facet_label_key(std::string_view field_name, std::string_view value) {
  return facet_metadata_key("label", field_name, value);
}

std::string facet_name_key(std::string_view field_name, std::string_view value) {
  return facet_metadata_key("name", field_name, value);
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
    if (!organization.name.empty() && organization.name != organization.id) {
      labels.emplace_back(facet_name_key(field::kOrganization, slug(organization.id)),
                          organization.name);
    }
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

void DocumentMapper::index_text(Xapian::Document& document, UnpositionedTerms& unpositioned,
                                std::string_view text, const FieldSpec& spec,
                                Xapian::termpos& position) {
  const std::string& vocabulary_prefix = schema_.field(field::kVocabulary).prefix;
  const bool scoped = !spec.prefix.empty();
  std::string term;
  analyzer_.scan(text, [&](const Token& token) {
    ++position;
    const std::string stem = analyzer_.stem(token);
    document.add_posting(token.folded, position, spec.weight);
    term.assign("Z").append(stem);
    unpositioned[term] += spec.weight;
    if (scoped) {
      document.add_posting(spec.prefix + token.folded, position, 1);
      term.assign("Z").append(spec.prefix).append(stem);
      unpositioned[term] += 1;
    }
    if (std::string vocabulary = analyzer_.vocabulary_term(token, vocabulary_prefix);
        !vocabulary.empty()) {
      unpositioned.try_emplace(std::move(vocabulary), 0);  // a boolean term: no wdf
    }
  });
  position += kParagraphGap;
}

Xapian::Document DocumentMapper::to_document(const Record& record) {
  Xapian::Document document;
  document.add_boolean_term(id_term(record.id));

  Xapian::termpos position = 0;
  UnpositionedTerms unpositioned;
  index_text(document, unpositioned, record.title, schema_.field(field::kTitle), position);
  const FieldSpec& highlights = schema_.field(field::kHighlights);
  for (const std::string& highlight : record.highlights) {
    index_text(document, unpositioned, highlight, highlights, position);
  }
  const FieldSpec& body = schema_.field(field::kBody);
  for (const std::string& paragraph : record.body) {
    index_text(document, unpositioned, paragraph, body, position);
  }
  for (const auto& [term, wdf] : unpositioned) document.add_term(term, wdf);

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

  // A record is text; bytes that are not UTF-8 (a manifest's field, say) are stored as U+FFFD
  // instead of failing the bulletin.
  constexpr auto kReplaceInvalid = nlohmann::json::error_handler_t::replace;
  set_value(field::kSummary, summary_json(record).dump(-1, ' ', false, kReplaceInvalid));
  std::string text;
  append_text(text, record);
  set_value(field::kSnippetText, text);
  std::string data(1, kTextInSlotMark);
  append_sized(data, std::to_string(*schema_.field(field::kSnippetText).slot));
  nlohmann::json rest = to_json(record);
  rest.erase("highlights");
  rest.erase("body");
  data += rest.dump(-1, ' ', false, kReplaceInvalid);
  document.set_data(data);
  return document;
}

Record DocumentMapper::to_record(const Xapian::Document& document) {
  const std::string data = document.get_data();
  auto parts = stored_parts(document, data);
  if (!parts) return parse_record(data);
  Record record = parse_record(parts->rest);
  record.highlights = std::move(parts->highlights);
  record.body = std::move(parts->body);
  return record;
}

HitSummary DocumentMapper::to_summary(const Schema& schema, const Xapian::Document& document,
                                      SummaryText text) {
  const std::string stored = document.get_value(*schema.field(field::kSummary).slot);
  if (stored.empty()) {
    // Written before hit summaries: the record has it all.
    const std::string data = document.get_data();
    if (stored_parts(document, data)) corrupt_data();
    return summary_of(parse_record(data));
  }
  const nlohmann::json json = nlohmann::json::parse(stored, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) corrupt_data();
  HitSummary summary;
  try {
    summary.id = json.at("id").get<std::string>();
    summary.title = json.at("title").get<std::string>();
    summary.date = optional_string(json.at("date"));
    summary.number = optional_string(json.at("number"));
    summary.officials = labelled_pairs(json.at("officials"));
    summary.topics = labelled_pairs(json.at("topics"));
    summary.sources = json.at("sources").get<std::vector<std::string>>();
    summary.duplicate_key = json.at("duplicate_key").get<std::string>();
  } catch (const nlohmann::json::exception&) {
    corrupt_data();
  }
  if (text == SummaryText::kWith) {
    // The text's own slot when the document has it; the data of earlier layouts otherwise.
    StoredParts parts;
    const std::string stored_text = document.get_value(*schema.field(field::kSnippetText).slot);
    if (!stored_text.empty()) {
      std::size_t at = 0;
      read_text(stored_text, at, parts);
    } else {
      const std::string data = document.get_data();
      auto from_data = stored_parts(document, data);
      if (!from_data) corrupt_data();
      parts = std::move(*from_data);
    }
    Record text_only;
    text_only.highlights = std::move(parts.highlights);
    text_only.body = std::move(parts.body);
    summary.text = snippet_text(text_only);
  }
  return summary;
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
