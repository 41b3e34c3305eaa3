#include "hemeroteca/schema/spelling.h"

#include <algorithm>

namespace hemeroteca {
namespace {

constexpr unsigned kMaxEdits = 2;

// The distinct trigrams of a word padded with one '^' before and one '$' after.
std::vector<std::string> trigrams_of(std::string_view word) {
  std::string padded;
  padded.reserve(word.size() + 2);
  padded += '^';
  padded += word;
  padded += '$';
  std::vector<std::string> trigrams;
  for (std::size_t i = 0; i + 3 <= padded.size(); ++i) trigrams.push_back(padded.substr(i, 3));
  std::sort(trigrams.begin(), trigrams.end());
  trigrams.erase(std::unique(trigrams.begin(), trigrams.end()), trigrams.end());
  return trigrams;
}

// The edit distance between a and b (insertions, deletions, substitutions and swaps of
// neighbouring letters, on bytes), or limit + 1 when it is above `limit`.
unsigned edit_distance(std::string_view a, std::string_view b, unsigned limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Three rows of the optimal-string-alignment table.
  std::vector<unsigned> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = static_cast<unsigned>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<unsigned>(i);
    unsigned row_best = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const unsigned cost = a[i - 1] == b[j - 1] ? 0 : 1;
      unsigned best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, before[j - 2] + 1);
      }
      current[j] = best;
      row_best = std::min(row_best, best);
    }
    if (row_best > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

}  // namespace

bool is_spelling_word(std::string_view word) {
  return word.size() >= 3 && !(word[0] >= 'A' && word[0] <= 'Z') &&
         std::none_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void SpellingDictionary::add(std::string text, Xapian::doccount frequency) {
  const auto id = static_cast<std::uint32_t>(words_.size());
  for (const std::string& trigram : trigrams_of(text)) trigrams_[trigram].push_back(id);
  words_.push_back({std::move(text), frequency});
}

SpellingDictionary SpellingDictionary::read(const Xapian::Database& database) {
  SpellingDictionary dictionary;
  // Prefixes are upper case and digits sort before them, so the words are the terms from "a"
  // on: lower-case letters, then the bytes of non-ASCII letters (ñ, other scripts).
  auto term = database.allterms_begin();
  term.skip_to("a");
  for (; term != database.allterms_end(); ++term) {
    const std::string& word = *term;
    if (is_spelling_word(word)) dictionary.add(word, term.get_termfreq());
  }
  return dictionary;
}

std::string SpellingDictionary::correct(std::string_view word, Xapian::doccount frequency) const {
  // No word is that long; the bound also keeps the shared-trigram counts below 256.
  constexpr std::size_t kLongestWord = 64;
  if (word.size() > kLongestWord) return {};
  const std::vector<std::string> mine = trigrams_of(word);
  // Each edit changes at most three trigrams, so a word within kMaxEdits shares at least
  // this many with `word`; short words need at least one in common.
  const std::size_t needed =
      mine.size() > 3 * kMaxEdits ? mine.size() - 3 * kMaxEdits : std::size_t{1};
  // Shared trigrams per word, counted in a plain array: a common trigram lists many words.
  std::vector<std::uint8_t> shared(words_.size(), 0);
  std::vector<std::uint32_t> reached;
  for (const std::string& trigram : mine) {
    auto it = trigrams_.find(trigram);
    if (it == trigrams_.end()) continue;
    for (std::uint32_t id : it->second) {
      if (shared[id]++ == 0) reached.push_back(id);
    }
  }
  const Word* best = nullptr;
  unsigned best_distance = kMaxEdits + 1;
  for (std::uint32_t id : reached) {
    if (shared[id] < needed) continue;
    const Word& candidate = words_[id];
    if (candidate.frequency <= frequency || candidate.text == word) continue;
    const unsigned distance = edit_distance(word, candidate.text, kMaxEdits);
    if (distance > kMaxEdits) continue;
    if (!best || distance < best_distance ||
        (distance == best_distance &&
         (candidate.frequency > best->frequency ||
          (candidate.frequency == best->frequency && candidate.text < best->text)))) {
      best = &candidate;
      best_distance = distance;
    }
  }
  return best ? best->text : std::string();
}

}  // namespace hemeroteca
