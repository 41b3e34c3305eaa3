// QueryMapper: the one mapping from a user's query text to a Xapian query.
//
// The text is folded like indexed text (accents off, ñ kept, lower case), except the operators
// AND, OR, NOT, XOR, NEAR and ADJ, which stay upper-case so Xapian's parser still sees them. So a
// query typed with or without accents gives the same Xapian query. Words are stemmed by a
// stemmer that first looks the folded word up in the index's vocabulary terms (analyzer.h), so
// "vacunacion" finds what "vacunación" finds.
//
// Field scopes come from the schema's aliases: text fields ("titulo:abasto") search that field,
// keyword fields ("funcionario:zoe-robledo") filter on it; "fecha:2020-01-01..2020-12-31"
// (or years, "fecha:2019..2021", or months, "fecha:2020-03") filters on the date. Terms are
// combined with AND. With Synonyms, a word or phrase of a synonym group also finds the group's
// other terms.
//
// Thread-safety: a QueryMapper is used by one thread; it reads the database it was given.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/schema.h"
#include "hemeroteca/schema/spelling.h"
#include "hemeroteca/schema/synonyms.h"

namespace hemeroteca {

// What a parsed query looks for, for highlighting matches in original text.
struct QueryTerms {
  std::vector<std::string> words;     // folded words: "oncologicos"
  std::vector<std::string> stems;     // folded stems: "oncolog"
  std::vector<std::string> prefixes;  // folded beginnings of words, from wildcards: "medica"
};

// A query matching every document, made afresh: never copy Xapian::Query::MatchAll. That
// static is one object shared by the whole process, and Xapian counts its references without
// atomics, so copies made at once by two threads can miscount and free it while a third still
// uses it (the server crashed under load that way). An empty term is the same query.
inline Xapian::Query match_all() { return Xapian::Query(std::string()); }

class QueryMapper {
 public:
  // Keeps references: schema, database and synonyms (optional) must outlive the mapper.
  QueryMapper(const Schema& schema, const Xapian::Database& database,
              const Synonyms* synonyms = nullptr);

  // The Xapian query for `text`; an empty or blank text matches every bulletin.
  // Throws QueryError saying what is wrong, and where, when the text cannot be parsed.
  Xapian::Query parse(std::string_view text) const;

  // The query as typed with its words corrected from `dictionary` (the index's own words,
  // spelling.h): "Atención medicamntos" -> "Atención medicamentos"; empty when nothing is
  // corrected. Only words found in fewer than `common_from` bulletins are corrected (a word
  // that alone finds more is no misspelling); operators, field names, scoped words (quoted
  // values too: 'estado:"San Luis Potosí"') and wildcard words are left as typed.
  std::string suggest(std::string_view text, const SpellingDictionary& dictionary,
                      Xapian::doccount common_from = 1) const;

  // A filter on a keyword field: any of `values` (OR), as keyword_term()s. MatchAll when
  // `values` is empty.
  Xapian::Query keyword_filter(std::string_view field_name,
                               const std::vector<std::string>& values) const;

  // A filter on the date field, both ends inclusive ISO dates, either end open. Bulletins
  // without a date never pass a date filter.
  Xapian::Query date_filter(const std::optional<std::string>& from,
                            const std::optional<std::string>& to) const;

  // The words and stems a parsed query looks for, for highlighting.
  QueryTerms terms_of(const Xapian::Query& query) const;
  // The same for a list of index terms, such as Enquire::get_matching_terms() gives.
  QueryTerms terms_of(const std::vector<std::string>& terms) const;

  // What the wildcards of a query text stand for, folded: "Médica* OR titulo:hosp*" ->
  // {"medica", "hosp"}. Xapian expands a wildcard while matching and lists none of its terms
  // among a query's or a hit's matching terms, so highlighting takes them from the text.
  static std::vector<std::string> wildcard_prefixes(std::string_view text);

  // Folds a query's words but keeps the operators' case: "Zoé AND Vacunación" ->
  // "zoe AND vacunacion".
  static std::string fold_query(std::string_view text);

 private:
  Xapian::QueryParser make_parser() const;

  const Schema& schema_;
  const Xapian::Database& database_;
  const Synonyms* synonyms_;
};

// A common mistake in a query the parser rejected, and where: a page in another language
// phrases it from these parts.
struct QueryMistake {
  enum class Kind {
    kNone,                   // none of the below (Xapian's own message then says what)
    kUnmatchedClose,         // a ')' with no '(' before it
    kUnclosedQuote,          // a '"' never closed
    kUnclosedParenthesis,    // a '(' never closed
    kNoTermBefore,           // "OR abasto"
    kNoTermAfter,            // "abasto AND"
    kOperatorAfterOperator,  // "abasto OR AND x"
    kBadDate,                // "fecha:2020-13": not YYYY, YYYY-MM or YYYY-MM-DD
  };
  Kind kind = Kind::kNone;
  std::size_t position = 0;  // 1-based, in bytes; 0 when the kind has no position
  std::string word;          // the operator, for the operator kinds
};

// The first common mistake in `text`; kind kNone when none is found. (kBadDate is only found
// by parsing: see QueryError.)
QueryMistake find_query_mistake(std::string_view text);

// The mistake in words: "unmatched ')' at position 12"; empty for kNone.
std::string describe(const QueryMistake& mistake);

// describe(find_query_mistake(text)).
std::string diagnose_query(std::string_view text);

// What QueryMapper::parse throws for a query it cannot read: an Error(kInvalidArgument) whose
// message says what to do, and the mistake found, if any.
class QueryError : public Error {
 public:
  QueryError(const std::string& message, QueryMistake mistake)
      : Error(ErrorKind::kInvalidArgument, message), mistake_(std::move(mistake)) {}
  [[nodiscard]] const QueryMistake& mistake() const noexcept { return mistake_; }

 private:
  QueryMistake mistake_;
};

}  // namespace hemeroteca
