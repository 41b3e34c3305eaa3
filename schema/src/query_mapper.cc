#include "hemeroteca/schema/query_mapper.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

#include "hemeroteca/schema/error.h"

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

}  // namespace

QueryMapper::QueryMapper(const Schema& schema, const Xapian::Database& database)
    : schema_(schema), database_(database) {}

std::string QueryMapper::fold_query(std::string_view text) {
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

Xapian::Query QueryMapper::parse(std::string_view text) const {
  const std::string folded = fold_query(text);
  if (folded.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Xapian::Query::MatchAll;
  }
  Xapian::QueryParser parser;
  parser.set_database(database_);
  parser.set_stemmer(
      Xapian::Stem(new VocabularyStemmer(database_, schema_.field(field::kVocabulary).prefix)));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  for (const FieldSpec& spec : schema_.fields()) {
    for (const std::string& alias : spec.aliases) {
      if (spec.type == FieldType::kText) {
        parser.add_prefix(alias, spec.prefix);
      } else if (spec.type == FieldType::kKeyword) {
        parser.add_boolean_prefix(alias, spec.prefix);
      }
    }
  }
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
  try {
    return parser.parse_query(folded, flags);
  } catch (const Xapian::QueryParserError& e) {
    throw Error(ErrorKind::kInvalidArgument,
                "cannot read the query \"" + std::string(text) + "\": " + e.get_msg() +
                    ". Check quotes, parentheses and operators (AND, OR, NOT)");
  }
}

QueryTerms QueryMapper::terms_of(const Xapian::Query& query) const {
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
  for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) {
    const std::string& term = *it;
    if (term.empty()) continue;
    if (term[0] == 'Z') {
      if (auto stem = strip_text_prefix(std::string_view(term).substr(1))) stems.insert(*stem);
    } else if (auto word = strip_text_prefix(term)) {
      words.insert(*word);
    }
  }
  return QueryTerms{{words.begin(), words.end()}, {stems.begin(), stems.end()}};
}

}  // namespace hemeroteca
