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
//   - the record itself as JSON in the document data.
//
// Thread-safety: not thread-safe (it owns an Analyzer); use one per thread.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
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
// -> "XEciudad-de-mexico"). Filters on the server side build their terms with this too.
std::string keyword_term(const FieldSpec& spec, std::string_view value);

// The year keyword of bulletins without a date, so that "sin fecha" can be filtered and counted.
inline constexpr std::string_view kUndatedYear = "sin-fecha";

// The metadata key under which every writer (import, upload, reindex) stores the time of its
// latest commit, as decimal Unix seconds; the server's /metrics reports it.
inline constexpr std::string_view kLastCommitKey = "last-commit";

// The metadata key under which the index keeps the display label of a facet value:
// "label:official:zoe-robledo" -> "Zoé Robledo". `value` is the slug.
std::string facet_label_key(std::string_view field_name, std::string_view value);

class DocumentMapper {
 public:
  explicit DocumentMapper(const Schema& schema);  // keeps a reference: schema must outlive it

  Xapian::Document to_document(const Record& record);

  // The display labels of the record's facet values, as (metadata key, label) pairs for
  // WritableDatabase::set_metadata(). Officials are labelled by name, organizations by id,
  // states and topics by their names.
  std::vector<std::pair<std::string, std::string>> facet_labels(const Record& record) const;

  // The record stored in a document. Throws Error(kCorrupt) when the data is not a record.
  static Record to_record(const Xapian::Document& document);

  // The unique term of a bulletin id, for replace_document() and lookups.
  std::string id_term(std::string_view id) const;

 private:
  void index_text(Xapian::Document& document, std::string_view text, const FieldSpec& spec,
                  Xapian::termpos& position);

  const Schema& schema_;
  Analyzer analyzer_;
};

}  // namespace hemeroteca
