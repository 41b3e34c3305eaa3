// QueryMapper: the one mapping from a user's query text to a Xapian query.
//
// The text is folded like indexed text (accents off, ñ kept, lower case), except the operators
// AND, OR, NOT, XOR, NEAR and ADJ, which stay upper-case so Xapian's parser still sees them. So a
// query typed with or without accents gives the same Xapian query. Words are stemmed by a
// stemmer that first looks the folded word up in the index's vocabulary terms (analyzer.h), so
// "vacunacion" finds what "vacunación" finds.
//
// Field scopes come from the schema's aliases: text fields ("titulo:abasto") search that field,
// keyword fields ("funcionario:zoe-robledo") filter on it. Terms are combined with AND.
//
// Thread-safety: a QueryMapper is used by one thread; it reads the database it was given.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/schema.h"

namespace hemeroteca {

// What a parsed query looks for, for highlighting matches in original text.
struct QueryTerms {
  std::vector<std::string> words;  // folded words: "oncologicos"
  std::vector<std::string> stems;  // folded stems: "oncolog"
};

class QueryMapper {
 public:
  // Keeps references: schema and database must outlive the mapper.
  QueryMapper(const Schema& schema, const Xapian::Database& database);

  // The Xapian query for `text`; an empty or blank text matches every bulletin.
  // Throws Error(kInvalidArgument) saying what is wrong when the text cannot be parsed.
  Xapian::Query parse(std::string_view text) const;

  // The words and stems a parsed query looks for, for highlighting.
  QueryTerms terms_of(const Xapian::Query& query) const;

  // Folds a query's words but keeps the operators' case: "Zoé AND Vacunación" ->
  // "zoe AND vacunacion".
  static std::string fold_query(std::string_view text);

 private:
  const Schema& schema_;
  const Xapian::Database& database_;
};

}  // namespace hemeroteca
