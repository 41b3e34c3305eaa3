#include "hemeroteca/schema/query_mapper.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>
#include <utility>

#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/query_dates.h"

namespace hemeroteca {
namespace {

constexpr std::array<std::string_view, 6> kOperators = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};

// A Spanish stemmer that restores accents from the index's vocabulary before stemming: for a
// folded word it picks, among the stems the indexer recorded for the word's accented forms and
// the word's own stem, the one found in the most documents.
class VocabularyStemmer : public Xapian::StemImplementation {
 public:
  VocabularyStemmer(const Xapian::Database& database, std::string vocabulary_prefix)
      : database_(database), vocabulary_prefix_(std::move(vocabulary_prefix)) {}

  std::string operator()(const std::string& word) override {
    std::string best = analyzer_.stem_word(word);
    Xapian::doccount best_frequency = database_.get_termfreq("Z" + best);
    const std::string prefix = vocabulary_prefix_ + word + ":";
    for (auto it = database_.allterms_begin(prefix); it != database_.allterms_end(prefix); ++it) {
      std::string stem = (*it).substr(prefix.size());
      const Xapian::doccount frequency = database_.get_termfreq("Z" + stem);
      if (frequency > best_frequency) {
        best = std::move(stem);
        best_frequency = frequency;
      }
    }
    return best;
  }

  std::string get_description() const override { return "hemeroteca-vocabulary-spanish"; }

 private:
  const Xapian::Database& database_;
  std::string vocabulary_prefix_;
  Analyzer analyzer_;
};

// "numero:641/2020", "estado:\"Ciudad de México\"": the value as the index keys it
// (keyword_term), not as typed; Xapian's own boolean prefix would only glue the two. A value
// the index does not hold whole finds the values it is a part of: "funcionario:robledo" the
// official "zoe-robledo", "numero:641" the number "641-2020".
class KeywordProcessor : public Xapian::FieldProcessor {
 public:
  KeywordProcessor(const FieldSpec& spec, const Xapian::Database& database)
      : spec_(spec), database_(database) {}

  Xapian::Query operator()(const std::string& value) override {
    const std::string term = keyword_term(spec_, value);
    const std::string part = "-" + term.substr(spec_.prefix.size()) + "-";
    if (part.size() == 2 || database_.term_exists(term)) return Xapian::Query(term);
    // A number's part is its sequence: "numero:2020" is not every bulletin of that year.
    const bool number = spec_.name == field::kNumber;
    std::vector<Xapian::Query> containing;
    for (auto it = database_.allterms_begin(spec_.prefix);
         it != database_.allterms_end(spec_.prefix); ++it) {
      const std::string& candidate = *it;
      const std::string value = "-" + candidate.substr(spec_.prefix.size()) + "-";
      if (number ? value.starts_with(part) : value.find(part) != std::string::npos) {
        containing.emplace_back(candidate);
      }
    }
    // A value named as people read it: 'tema:"Sindicatos y relaciones laborales"' is the topic
    // "sindicatos", 'organizacion:"Seguro Social"' the IMSS, by the labels and full names the
    // index keeps for them.
    if (containing.empty() && !number) {
      std::set<std::string> named;
      for (const std::string& prefix :
           {facet_label_key(spec_.name, ""), facet_name_key(spec_.name, "")}) {
        for (auto it = database_.metadata_keys_begin(prefix);
             it != database_.metadata_keys_end(prefix); ++it) {
          const std::string label = "-" + slug(database_.get_metadata(*it)) + "-";
          if (label.find(part) != std::string::npos) named.insert((*it).substr(prefix.size()));
        }
      }
      for (const std::string& value : named) containing.emplace_back(keyword_term(spec_, value));
    }
    if (containing.empty()) return Xapian::Query(term);
    return Xapian::Query(Xapian::Query::OP_OR, containing.begin(), containing.end());
  }

 private:
  const FieldSpec& spec_;             // owned by the Schema, which outlives every parser
  const Xapian::Database& database_;  // the QueryMapper's, which outlives its parsers
};

constexpr std::string_view kBadDateMessage = "dates in fecha: must be YYYY, YYYY-MM or YYYY-MM-DD";

// "fecha:FROM..TO" with years, months or days at either end, either end open.
class DateRangeProcessor : public Xapian::RangeProcessor {
 public:
  DateRangeProcessor(Xapian::valueno slot, const std::string& prefix)
      : Xapian::RangeProcessor(slot, prefix), slot_(slot) {}

  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    const std::string from = begin.empty() ? std::string() : bound(begin, /*last=*/false);
    const std::string to = end.empty() ? std::string() : bound(end, /*last=*/true);
    if ((!begin.empty() && from.empty()) || (!end.empty() && to.empty())) {
      throw Xapian::QueryParserError(std::string(kBadDateMessage));
    }
    if (from.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot_, to);
    if (to.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot_, from);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot_, from, to);
  }

 private:
  // "2020" -> 20200101 or 20201231; "2020-03" -> 20200301 or 20200331; "2020-03-05" -> 20200305.
  static std::string bound(const std::string& text, bool last) {
    auto digits = [](std::string_view s) {
      return !s.empty() &&
             std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (text.size() == 4 && digits(text)) return text + (last ? "1231" : "0101");
    if (text.size() == 7 && text[4] == '-' && digits(text.substr(0, 4)) && digits(text.substr(5))) {
      if (!is_iso_date(text + "-01")) return {};
      if (!last) return text.substr(0, 4) + text.substr(5) + "01";
      std::string end_of_month = "28";
      for (const char* day : {"31", "30", "29"}) {
        if (is_iso_date(text + "-" + day)) {
          end_of_month = day;
          break;
        }
      }
      return text.substr(0, 4) + text.substr(5) + end_of_month;
    }
    if (is_iso_date(text)) return text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2);
    return {};
  }

  Xapian::valueno slot_;
};

std::string compact_date(const std::string& iso) {
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// The parts of a query parted by spaces outside quotes: "-covid", "-\"dos palabras\"".
std::vector<std::string> query_parts(std::string_view query) {
  std::vector<std::string> parts;
  std::string part;
  bool quoted = false;
  for (const char c : query) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
      if (!part.empty()) parts.push_back(std::exchange(part, {}));
      continue;
    }
    part.push_back(c);
  }
  if (!part.empty()) parts.push_back(part);
  return parts;
}

// "-covid -abasto" as "NOT covid NOT abasto": Xapian reads a query of excluded words alone as
// if they were wanted (so "-covid" found the bulletins about COVID); NOT alone, with
// FLAG_PURE_NOT, excludes them from everything. Other queries are returned as they are.
std::string excluded_words_alone_as_not(const std::string& query) {
  const std::vector<std::string> parts = query_parts(query);
  if (parts.empty() || !std::all_of(parts.begin(), parts.end(), [](const std::string& part) {
        return part.size() > 1 && part[0] == '-' && part[1] != '-';
      })) {
    return query;
  }
  std::string rewritten;
  for (const std::string& part : parts) {
    if (!rewritten.empty()) rewritten += ' ';
    rewritten += "NOT " + part.substr(1);
  }
  return rewritten;
}

// "fecha:2024", "fecha:2020-03" as the ranges "fecha:2024..2024", "fecha:2020-03..2020-03":
// Xapian hands a range processor only "a..b", and one value would otherwise be read as words.
std::string single_dates_as_ranges(const std::string& query, const Schema& schema) {
  std::string rewritten = query;
  for (const FieldSpec& spec : schema.fields()) {
    if (spec.type != FieldType::kDate || !spec.slot) continue;
    for (const std::string& alias : spec.aliases) {
      const std::string scope = alias + ":";
      for (std::size_t at = rewritten.find(scope); at != std::string::npos;
           at = rewritten.find(scope, at + 1)) {
        if (at > 0 && rewritten[at - 1] != ' ' && rewritten[at - 1] != '(' &&
            rewritten[at - 1] != '-' && rewritten[at - 1] != '+') {
          continue;  // "xfecha:" is another word
        }
        const std::size_t begin = at + scope.size();
        std::size_t end = begin;
        while (end < rewritten.size() && rewritten[end] != ' ' && rewritten[end] != ')') ++end;
        const std::string value = rewritten.substr(begin, end - begin);
        if (value.empty() || value.find("..") != std::string::npos) continue;
        rewritten.insert(end, ".." + value);
      }
    }
  }
  return rewritten;
}

}  // namespace

QueryMapper::QueryMapper(const Schema& schema, const Xapian::Database& database,
                         const Synonyms* synonyms)
    : schema_(schema), database_(database), synonyms_(synonyms) {}

std::string QueryMapper::fold_query(std::string_view typed) {
  // A query typed with marks apart from their letters ("Zoe" + U+0301) finds what "Zoé" finds.
  const std::string composed = Analyzer::composed(typed);
  const std::string_view text = composed;
  Analyzer analyzer;
  std::string folded;
  std::size_t copied = 0;
  for (const Token& token : analyzer.tokenize(text)) {
    folded += Analyzer::fold(text.substr(copied, token.begin - copied));
    const std::string_view original = text.substr(token.begin, token.end - token.begin);
    const bool is_operator =
        std::find(kOperators.begin(), kOperators.end(), original) != kOperators.end();
    folded += is_operator ? std::string(original) : token.folded;
    copied = token.end;
  }
  folded += Analyzer::fold(text.substr(copied));
  return folded;
}

std::vector<std::string> QueryMapper::wildcard_prefixes(std::string_view text) {
  const std::string folded = fold_query(text);
  // Folded words are lower-case ASCII letters and digits, and ñ (two UTF-8 bytes).
  const auto in_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80) != 0;
  };
  std::vector<std::string> prefixes;
  bool quoted = false;  // the parser reads no wildcard inside a phrase
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == '"') quoted = !quoted;
    if (folded[i] != '*' || quoted) continue;
    std::size_t begin = i;
    while (begin > 0 && in_word(folded[begin - 1])) --begin;
    if (begin < i) prefixes.push_back(folded.substr(begin, i - begin));
  }
  return prefixes;
}

Xapian::QueryParser QueryMapper::make_parser() const {
  Xapian::QueryParser parser;
  parser.set_database(database_);
  parser.set_stemmer(
      Xapian::Stem(new VocabularyStemmer(database_, schema_.field(field::kVocabulary).prefix)));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.set_max_expansion(200, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  for (const FieldSpec& spec : schema_.fields()) {
    for (const std::string& alias : spec.aliases) {
      if (spec.type == FieldType::kText) {
        parser.add_prefix(alias, spec.prefix);
      } else if (spec.type == FieldType::kKeyword) {
        parser.add_boolean_prefix(alias, (new KeywordProcessor(spec, database_))->release());
      } else if (spec.type == FieldType::kDate && spec.slot) {
        // release() hands the processor to the parser's reference count; without it Xapian
        // only borrows the pointer and every parsed query leaked the processor.
        parser.add_rangeprocessor((new DateRangeProcessor(*spec.slot, alias + ":"))->release());
      }
    }
  }
  return parser;
}

Xapian::Query QueryMapper::parse(std::string_view text) const {
  std::string folded = fold_query(text);
  if (folded.find_first_not_of(" \t\r\n") == std::string::npos) {
    return match_all();
  }
  folded = single_dates_as_ranges(excluded_words_alone_as_not(folded), schema_);
  if (synonyms_) folded = synonyms_->expand(folded);
  Xapian::QueryParser parser = make_parser();
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
  try {
    return parser.parse_query(folded, flags);
  } catch (const Xapian::QueryParserError& e) {
    QueryMistake mistake = find_query_mistake(text);
    if (mistake.kind == QueryMistake::Kind::kNone && e.get_msg() == kBadDateMessage) {
      mistake.kind = QueryMistake::Kind::kBadDate;
    }
    const std::string where = describe(mistake);
    throw QueryError("cannot read the query \"" + std::string(text) +
                         "\": " + (where.empty() ? e.get_msg() : where) +
                         ". Check quotes, parentheses and operators (AND, OR, NOT)",
                     std::move(mistake));
  }
}

std::string QueryMapper::suggest(std::string_view typed, const SpellingDictionary& dictionary,
                                 Xapian::doccount common_from) const {
  const std::string text = Analyzer::composed(typed);
  // A value in quotes after a field's scope ('estado:"San Luis Potosí"') is a name, as typed.
  std::vector<std::pair<std::size_t, std::size_t>> scoped_quotes;
  for (std::size_t open = text.find(":\""); open != std::string::npos;
       open = text.find(":\"", open + 1)) {
    const std::size_t close = text.find('"', open + 2);
    scoped_quotes.emplace_back(open + 2, close == std::string::npos ? text.size() : close);
  }
  const auto in_scoped_quote = [&](std::size_t at) {
    return std::any_of(scoped_quotes.begin(), scoped_quotes.end(),
                       [&](const auto& range) { return at >= range.first && at < range.second; });
  };
  std::string corrected;
  std::size_t copied = 0;
  for (const Token& word : Analyzer().tokenize(text)) {
    const std::string_view original(text.data() + word.begin, word.end - word.begin);
    const bool is_operator =
        std::find(kOperators.begin(), kOperators.end(), original) != kOperators.end();
    // Field names ("titulo:") and what a scope or a wildcard applies to are left as typed.
    const char before = word.begin > 0 ? text[word.begin - 1] : ' ';
    const char after = word.end < text.size() ? text[word.end] : ' ';
    if (is_operator || before == ':' || after == ':' || after == '*' ||
        in_scoped_quote(word.begin) || !is_spelling_word(word.folded)) {
      continue;
    }
    const Xapian::doccount frequency = database_.get_termfreq(word.folded);
    if (frequency >= common_from) continue;
    const std::string better = dictionary.correct(word.folded, frequency);
    if (better.empty()) continue;
    corrected.append(text, copied, word.begin - copied);
    corrected += better;
    copied = word.end;
  }
  if (copied == 0) return {};
  corrected.append(text, copied);
  return corrected;
}

Xapian::Query QueryMapper::keyword_filter(std::string_view field_name,
                                          const std::vector<std::string>& values) const {
  if (values.empty()) return match_all();
  const FieldSpec& spec = schema_.field(field_name);
  std::vector<Xapian::Query> terms;
  for (const std::string& value : values) terms.emplace_back(keyword_term(spec, value));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query QueryMapper::date_filter(const std::optional<std::string>& from,
                                       const std::optional<std::string>& to) const {
  const Xapian::valueno slot = *schema_.field(field::kDate).slot;
  if (from && to) {
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, compact_date(*from),
                         compact_date(*to));
  }
  if (from) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, compact_date(*from));
  // Undated documents have no value; an upper bound alone must not let them through.
  if (to) return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, "00000101", compact_date(*to));
  return match_all();
}

QueryMistake find_query_mistake(std::string_view text) {
  using Kind = QueryMistake::Kind;
  std::vector<std::size_t> open;
  bool in_quotes = false;
  std::size_t quote_at = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      in_quotes = !in_quotes;
      quote_at = i;
    } else if (!in_quotes && c == '(') {
      open.push_back(i);
    } else if (!in_quotes && c == ')') {
      if (open.empty()) return {Kind::kUnmatchedClose, i + 1, {}};
      open.pop_back();
    }
  }
  if (in_quotes) return {Kind::kUnclosedQuote, quote_at + 1, {}};
  if (!open.empty()) return {Kind::kUnclosedParenthesis, open.back() + 1, {}};
  // Operators need a term on each side (NOT may open an expression).
  std::vector<std::pair<std::string_view, std::size_t>> words;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '(' || text[i] == ')')) ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '(' && text[i] != ')') ++i;
    if (i > start) words.emplace_back(text.substr(start, i - start), start);
  }
  auto binary = [](std::string_view w) {
    return w == "AND" || w == "OR" || w == "XOR" || w == "NEAR" || w == "ADJ";
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    const auto& [word, at] = words[k];
    const bool is_operator = binary(word) || word == "NOT";
    if (!is_operator) continue;
    if (binary(word) && k == 0) return {Kind::kNoTermBefore, at + 1, std::string(word)};
    if (k + 1 == words.size()) return {Kind::kNoTermAfter, at + 1, std::string(word)};
    if (binary(words[k + 1].first)) {
      return {Kind::kOperatorAfterOperator, words[k + 1].second + 1,
              std::string(words[k + 1].first)};
    }
  }
  return {};
}

std::string describe(const QueryMistake& mistake) {
  const std::string at = " at position " + std::to_string(mistake.position);
  const std::string word = "'" + mistake.word + "'";
  switch (mistake.kind) {
    case QueryMistake::Kind::kNone:
      return {};
    case QueryMistake::Kind::kUnmatchedClose:
      return "unmatched ')'" + at;
    case QueryMistake::Kind::kUnclosedQuote:
      return "unclosed quote" + at;
    case QueryMistake::Kind::kUnclosedParenthesis:
      return "unclosed '('" + at;
    case QueryMistake::Kind::kNoTermBefore:
      return word + at + " has no term before it";
    case QueryMistake::Kind::kNoTermAfter:
      return word + at + " has no term after it";
    case QueryMistake::Kind::kOperatorAfterOperator:
      return word + at + " follows another operator";
    case QueryMistake::Kind::kBadDate:
      return std::string(kBadDateMessage);
  }
  return {};
}

std::string diagnose_query(std::string_view text) { return describe(find_query_mistake(text)); }

QueryTerms QueryMapper::terms_of(const Xapian::Query& query) const {
  return terms_of(std::vector<std::string>(query.get_terms_begin(), query.get_terms_end()));
}

QueryTerms QueryMapper::terms_of(const std::vector<std::string>& terms) const {
  // Text terms are [Z] + text-field prefix + word; boolean filter terms are not highlighted.
  std::vector<std::string> text_prefixes;
  for (const FieldSpec& spec : schema_.fields()) {
    if (spec.type == FieldType::kText) text_prefixes.push_back(spec.prefix);
  }
  auto strip_text_prefix = [&](std::string_view term) -> std::optional<std::string> {
    // The longest matching prefix wins; an unprefixed word starts with a lower-case letter.
    std::optional<std::string> best;
    std::size_t best_length = 0;
    for (const std::string& prefix : text_prefixes) {
      if (!term.starts_with(prefix) || term.size() == prefix.size()) continue;
      const unsigned char next = static_cast<unsigned char>(term[prefix.size()]);
      if (std::isupper(next)) continue;
      if (!best || prefix.size() >= best_length) {
        best = std::string(term.substr(prefix.size()));
        best_length = prefix.size();
      }
    }
    return best;
  };
  std::set<std::string> words;
  std::set<std::string> stems;
  for (const std::string& term : terms) {
    if (term.empty()) continue;
    if (term[0] == 'Z') {
      if (auto stem = strip_text_prefix(std::string_view(term).substr(1))) stems.insert(*stem);
    } else if (auto word = strip_text_prefix(term)) {
      words.insert(*word);
    }
  }
  // A phrase's or a synonym's articles and prepositions ("abasto de medicamentos", "Seguro
  // Social") would mark every "de" of the snippet, and draw it to the passage with the most;
  // they are marked only when the query has nothing else.
  static constexpr std::array<std::string_view, 22> kFunctionWords = {
      "a",   "al", "con",  "de",  "del", "e",  "el", "en",  "la", "las", "lo",
      "los", "o",  "para", "por", "que", "se", "su", "sus", "u",  "un",  "y"};
  const auto function_word = [](const std::string& word) {
    return std::find(kFunctionWords.begin(), kFunctionWords.end(), word) != kFunctionWords.end();
  };
  if (!std::all_of(words.begin(), words.end(), function_word) ||
      !std::all_of(stems.begin(), stems.end(), function_word)) {
    std::erase_if(words, function_word);
    std::erase_if(stems, function_word);
  }
  return QueryTerms{{words.begin(), words.end()}, {stems.begin(), stems.end()}, {}};
}

}  // namespace hemeroteca
