#include "hemeroteca/schema/synonyms.h"

#include <cctype>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/error.h"
#include "xml_file.h"

namespace hemeroteca {
namespace {

// Where each word of a folded query stands, and what surrounds it.
struct QueryWord {
  std::string folded;
  std::size_t begin;
  std::size_t end;
  bool free;    // outside quotes and not an operator
  char before;  // the character before the word, ' ' at the start
  char after;   // the character after the word, ' ' at the end
};

std::vector<QueryWord> query_words(const std::string& query) {
  Analyzer analyzer;
  std::vector<QueryWord> words;
  bool in_quotes = false;
  std::size_t scanned = 0;
  for (const Token& token : analyzer.tokenize(query)) {
    for (; scanned < token.begin; ++scanned) {
      if (query[scanned] == '"') in_quotes = !in_quotes;
    }
    const bool is_operator = std::isupper(static_cast<unsigned char>(query[token.begin]));
    words.push_back({token.folded, token.begin, token.end, !in_quotes && !is_operator,
                     token.begin > 0 ? query[token.begin - 1] : ' ',
                     token.end < query.size() ? query[token.end] : ' '});
  }
  return words;
}

// A span of words may be replaced when it is free text standing on its own: not a field
// scope or its value (':'), not negated or required ('-', '+'), not a wildcard ('*'), not
// part of a longer hyphenated word.
bool replaceable(const std::vector<QueryWord>& words, std::size_t first, std::size_t length) {
  for (std::size_t k = first; k < first + length; ++k) {
    if (!words[k].free) return false;
  }
  const char before = words[first].before;
  const char after = words[first + length - 1].after;
  return before != ':' && before != '-' && before != '+' && after != ':' && after != '*' &&
         after != '-';
}

std::string as_query_term(const std::vector<std::string>& words) {
  if (words.size() == 1) return words.front();
  std::string phrase = "\"";
  for (std::size_t i = 0; i < words.size(); ++i) phrase += (i ? " " : "") + words[i];
  return phrase + "\"";
}

}  // namespace

Synonyms Synonyms::load(const std::filesystem::path& synonyms_xml) {
  const XmlFile file(synonyms_xml, "synonyms file", "synonyms");
  const pugi::xml_node& root = file.root();
  Synonyms synonyms;
  Analyzer analyzer;
  for (const pugi::xml_node& group : root.children("group")) {
    const XmlLocation where = file.at(group);
    std::vector<std::size_t> members;
    for (const pugi::xml_node& term : group.children("term")) {
      std::vector<std::string> words;
      for (Token& token : analyzer.tokenize(term.child_value())) {
        words.push_back(std::move(token.folded));
      }
      if (words.empty()) throw where.error("a <term> is empty");
      members.push_back(synonyms.terms_.size());
      synonyms.terms_.push_back(std::move(words));
      synonyms.group_of_term_.push_back(synonyms.groups_.size());
    }
    if (members.size() < 2) throw where.error("a <group> needs at least two <term>s");
    synonyms.groups_.push_back(std::move(members));
  }
  return synonyms;
}

std::string Synonyms::expand(const std::string& folded_query) const {
  const std::vector<QueryWord> words = query_words(folded_query);
  std::string out;
  std::size_t copied = 0;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t best_term = terms_.size();
    std::size_t best_length = 0;
    for (std::size_t t = 0; t < terms_.size(); ++t) {
      const auto& term = terms_[t];
      if (term.size() <= best_length || i + term.size() > words.size()) continue;
      bool match = replaceable(words, i, term.size());
      for (std::size_t k = 0; k < term.size() && match; ++k) match = words[i + k].folded == term[k];
      if (match) {
        best_term = t;
        best_length = term.size();
      }
    }
    if (best_term == terms_.size()) {
      ++i;
      continue;
    }
    out += folded_query.substr(copied, words[i].begin - copied);
    std::string group = "(";
    for (std::size_t member : groups_[group_of_term_[best_term]]) {
      if (group.size() > 1) group += " OR ";
      group += as_query_term(terms_[member]);
    }
    out += group + ")";
    copied = words[i + best_length - 1].end;
    i += best_length;
  }
  out += folded_query.substr(copied);
  return out;
}

}  // namespace hemeroteca
