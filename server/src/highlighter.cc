#include "hemeroteca/server/highlighter.h"

#include <algorithm>
#include <unordered_set>

namespace hemeroteca {
namespace {

constexpr std::string_view kEllipsis = "\u2026";
// How much text to keep before the first matched word, for context.
constexpr std::size_t kLeadBytes = 60;

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string snippet(std::string_view text, const QueryTerms& terms, const Analyzer& analyzer,
                    const SnippetOptions& options) {
  const std::vector<Token> tokens = analyzer.tokenize(text);
  if (tokens.empty()) return html_escape(text.substr(0, options.max_bytes));
  const std::unordered_set<std::string> words(terms.words.begin(), terms.words.end());
  const std::unordered_set<std::string> stems(terms.stems.begin(), terms.stems.end());
  std::vector<bool> matched(tokens.size(), false);
  auto starts_with_any = [](const std::string& folded, const std::vector<std::string>& heads) {
    return std::any_of(heads.begin(), heads.end(),
                       [&](const std::string& head) { return folded.starts_with(head); });
  };
  // A folded stem is a prefix of its folded word, so only words that begin with a query stem
  // are worth stemming: stemming every word of every hit would cost more than the search.
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& folded = tokens[i].folded;
    matched[i] = words.contains(folded) || starts_with_any(folded, terms.prefixes) ||
                 (starts_with_any(folded, terms.stems) && stems.contains(analyzer.stem(tokens[i])));
  }

  // The window that holds the most distinct matched words wins; ties go to the earliest.
  std::size_t best_start = 0;
  std::size_t best_score = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!matched[i]) continue;
    std::size_t start = i;
    while (start > 0 && tokens[i].begin - tokens[start - 1].begin <= kLeadBytes) --start;
    std::unordered_set<std::string> seen;
    for (std::size_t j = start;
         j < tokens.size() && tokens[j].end - tokens[start].begin <= options.max_bytes; ++j) {
      if (matched[j]) seen.insert(tokens[j].folded);
    }
    if (seen.size() > best_score) {
      best_score = seen.size();
      best_start = start;
    }
  }

  std::size_t last = best_start;
  while (last + 1 < tokens.size() &&
         tokens[last + 1].end - tokens[best_start].begin <= options.max_bytes) {
    ++last;
  }
  const std::size_t from = best_start == 0 ? 0 : tokens[best_start].begin;
  const std::size_t to = last + 1 == tokens.size() ? text.size() : tokens[last].end;

  std::string out;
  if (from > 0) out += kEllipsis;
  std::size_t copied = from;
  for (std::size_t i = best_start; i <= last; ++i) {
    if (!matched[i]) continue;
    out += html_escape(text.substr(copied, tokens[i].begin - copied));
    out += "<mark>";
    out += html_escape(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
    out += "</mark>";
    copied = tokens[i].end;
  }
  out += html_escape(text.substr(copied, to - copied));
  if (to < text.size()) out += kEllipsis;
  return out;
}

}  // namespace hemeroteca
