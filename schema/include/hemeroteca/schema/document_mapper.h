// DocumentMapper: the one mapping from a Record to a Xapian document and back.
//
// What it writes (prefixes and slots named in fields.xml):
//   - the unique id term (id field's prefix, "Q") for replace_document();
//   - for each text field (title, highlights, body): folded words with positions, unprefixed
//     for free-text search (wdf scaled by the field's weight) and under the field's own prefix
//     for field scopes; their folded Spanish stems as "Z" + prefix + stem; the vocabulary terms
//     that let accent-less queries find accented words (see analyzer.h);
//   - boolean terms for keyword fields (keyword_term: prefix + slug of the value) (official,
//   organization, state, topic, number, format,
//     duplicate_key, has_figures) and for the date (date YYYYMMDD, year YYYY, month YYYYMM);
//   - value slots for sorting, ranges and facets (multi-valued slots joined by kValueSeparator);
//   - the hit summary (below), what a result list shows, as compact JSON in the summary slot:
//     a page of results and its collapsed duplicates are shown without decompressing and
//     parsing whole records (with their figures, quotes and mentions, often three times the
//     size of their text);
//   - the record in the document data: highlights and body as plain strings, which snippets
//     read without unescaping, then the rest of the record as JSON.
//
// Thread-safety: not thread-safe (it owns an Analyzer); use one per thread.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

// Xapian's convention for a prefixed boolean term: a ':' goes between a multi-letter prefix and
// a value that starts with an upper-case letter or ':' ("XG" + "IMSS" -> "XG:IMSS"), as
// Xapian::QueryParser does for boolean filters.
std::string boolean_term(std::string_view prefix, std::string_view value);

// The boolean term of a keyword field's value: prefix + slug(value) ("XE" + "Ciudad de México"
// -> "XEciudad-de-mexico"); for the number field, prefix + bulletin_number_key(value). Filters
// and the query parser's field prefixes build their terms with this too.
std::string keyword_term(const FieldSpec& spec, std::string_view value);

// The key a bulletin number is indexed and searched by, so that each way of writing one number
// finds it: the sequence without leading zeros, then the year in four digits ("0512-23" and
// "512/2023" -> "512-2023", "INAI/005/24" -> "5-2024"); a number without a year keeps its last
// digits ("UNAM-DGCS-536" -> "536"); anything else is slugged.
std::string bulletin_number_key(std::string_view number);

// The year keyword of bulletins without a date, so that "sin fecha" can be filtered and counted.
inline constexpr std::string_view kUndatedYear = "sin-fecha";

// The metadata key under which every writer (import, upload, reindex) stores the time of its
// latest commit, as decimal Unix seconds; the server's /metrics reports it.
inline constexpr std::string_view kLastCommitKey = "last-commit";

// The metadata key under which the index keeps the display label of a facet value:
// "label:official:zoe-robledo" -> "Zoé Robledo". `value` is the slug.
std::string facet_label_key(std::string_view field_name, std::string_view value);

// The metadata key under which the index keeps the full name of a facet value labelled by
// something shorter, for queries that name it so: "name:organization:imss" -> "Instituto
// Mexicano del Seguro Social". `value` is the slug.
std::string facet_name_key(std::string_view field_name, std::string_view value);

// What a result shows of a bulletin, read without parsing the record.
struct HitSummary {
  struct Labelled {
    std::string id;
    std::string label;
  };
  std::string id;
  std::string title;
  std::optional<std::string> date;
  std::optional<std::string> number;
  std::vector<Labelled> officials;  // id and name
  std::vector<Labelled> topics;     // id and label
  std::vector<std::string> sources;
  std::string duplicate_key;
  std::string text;  // highlights then body, snippets are cut from it (snippet_text()); empty
                     // when asked without
};

// Highlights and body as one text for snippets; a highlight without a full stop gets one, so
// that it does not run into the next sentence.
std::string snippet_text(const Record& record);

class DocumentMapper {
 public:
  explicit DocumentMapper(const Schema& schema);  // keeps a reference: schema must outlive it

  Xapian::Document to_document(const Record& record);

  // The display labels of the record's facet values, as (metadata key, label) pairs for
  // WritableDatabase::set_metadata(). Officials are labelled by name, organizations by id
  // (and their full names kept under facet_name_key()), states and topics by their names.
  std::vector<std::pair<std::string, std::string>> facet_labels(const Record& record) const;

  // The record stored in a document. Throws Error(kCorrupt) when the data is not a record.
  static Record to_record(const Xapian::Document& document);

  // The hit summary stored in a document, with its text (read from the document data) or
  // without; from the record itself for documents written before summaries were stored.
  // Throws Error(kCorrupt) when neither can be read.
  enum class SummaryText { kWith, kWithout };
  static HitSummary to_summary(const Schema& schema, const Xapian::Document& document,
                               SummaryText text = SummaryText::kWith);

  // The unique term of a bulletin id, for replace_document() and lookups.
  std::string id_term(std::string_view id) const;

 private:
  // Terms without positions (stems, vocabulary terms) and their wdf, summed over the whole
  // document before they are added: one Xapian map insertion per term instead of one per word.
  using UnpositionedTerms = std::unordered_map<std::string, Xapian::termcount>;

  void index_text(Xapian::Document& document, UnpositionedTerms& unpositioned,
                  std::string_view text, const FieldSpec& spec, Xapian::termpos& position);

  const Schema& schema_;
  Analyzer analyzer_;
};

}  // namespace hemeroteca
