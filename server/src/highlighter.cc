#include "hemeroteca/server/highlighter.h"

#include <algorithm>
#include <bitset>
#include <unordered_map>
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
  const std::unordered_set<std::string> words(terms.words.begin(), terms.words.end());
  const std::unordered_set<std::string> stems(terms.stems.begin(), terms.stems.end());
  auto starts_with_any = [](const std::string& folded, const std::vector<std::string>& heads) {
    return std::any_of(heads.begin(), heads.end(),
                       [&](const std::string& head) { return folded.starts_with(head); });
  };
  // Each word of the text with, when it matches, the id of its folded form (distinct matched
  // words are what a window is scored by). Only the folded forms are made: a folded stem is a
  // prefix of its folded word, so only words that begin with a query stem are worth stemming
  // (from their original letters); stemming every word of every hit would cost more than the
  // search.
  struct Word {
    std::size_t begin;
    std::size_t end;
    int match;  // -1: not matched
  };
  // The first letters of what can match: most words of a text begin with none of them and
  // are passed over without a look-up.
  std::bitset<256> first_letters;
  for (const auto* list : {&terms.words, &terms.stems, &terms.prefixes}) {
    for (const std::string& term : *list) {
      if (term.empty()) {
        first_letters.set();  // matches every word
      } else {
        first_letters.set(static_cast<unsigned char>(term.front()));
      }
    }
  }
  std::vector<Word> tokens;
  tokens.reserve(text.size() / 6);  // Spanish words run to about five letters and a space
  std::unordered_map<std::string, int> match_ids;
  analyzer.scan(
      text,
      [&](const Token& token) {
        const std::string& folded = token.folded;
        if (folded.empty()) {  // passed over by its first letter
          tokens.push_back({token.begin, token.end, -1});
          return;
        }
        const bool matched =
            words.contains(folded) || starts_with_any(folded, terms.prefixes) ||
            (starts_with_any(folded, terms.stems) &&
             stems.contains(analyzer.stem_word(text.substr(token.begin, token.end - token.begin))));
        int match = -1;
        if (matched) {
          match = match_ids.try_emplace(folded, static_cast<int>(match_ids.size())).first->second;
        }
        tokens.push_back({token.begin, token.end, match});
      },
      Analyzer::Forms::kFolded, &first_letters);
  if (tokens.empty()) return html_escape(text.substr(0, options.max_bytes));

  // The window that holds the most distinct matched words wins; ties go to the earliest.
  std::size_t best_start = 0;
  std::size_t best_score = 0;
  std::vector<bool> seen(match_ids.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].match < 0) continue;
    std::size_t start = i;
    while (start > 0 && tokens[i].begin - tokens[start - 1].begin <= kLeadBytes) --start;
    std::fill(seen.begin(), seen.end(), false);
    std::size_t score = 0;
    for (std::size_t j = start;
         j < tokens.size() && tokens[j].end - tokens[start].begin <= options.max_bytes; ++j) {
      if (tokens[j].match >= 0 && !seen[static_cast<std::size_t>(tokens[j].match)]) {
        seen[static_cast<std::size_t>(tokens[j].match)] = true;
        ++score;
      }
    }
    if (score > best_score) {
      best_score = score;
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
    if (tokens[i].match < 0) continue;
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
