// SpellingDictionary: the index's own words, for "did you mean".
//
// Read from the index as it is: its unprefixed terms are the folded words of every bulletin's
// title, highlights and body (document_mapper.h), each with the number of bulletins that use
// it. Words of 3+ letters without digits take part. A word is corrected to the word within two
// edits (insertions, deletions, substitutions, swaps of neighbours) that is nearest, and among
// the nearest the one in most bulletins, provided that it is in more bulletins than the word.
// Candidates are found through the words' letter trigrams, so a correction costs a few
// thousand comparisons, not one per word of the index.
//
// Why not Xapian's spelling table: keeping it cost the import's one writing thread about a
// tenth of its time, and with Debian 12's Xapian (1.4.22) committing it in batches over a
// large vocabulary corrupted the database (docs/operations.md). Reading the words from the
// postings needs nothing at import time and is always in step with the index.
//
// Thread-safety: immutable once read; share it freely.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hemeroteca {

class SpellingDictionary {
 public:
  SpellingDictionary() = default;

  // The words of `database` (any number of shards, local or remote).
  static SpellingDictionary read(const Xapian::Database& database);

  // The correction of folded `word`, which `frequency` bulletins use; "" when there is none.
  std::string correct(std::string_view word, Xapian::doccount frequency) const;

  std::size_t size() const { return words_.size(); }

 private:
  struct Word {
    std::string text;
    Xapian::doccount frequency;
  };
  void add(std::string text, Xapian::doccount frequency);

  std::vector<Word> words_;
  // Letter trigram of a word padded with '^' and '$' -> the words holding it, in order.
  std::unordered_map<std::string, std::vector<std::uint32_t>> trigrams_;
};

// Whether a folded word takes part in spelling: 3+ letters, no digits.
bool is_spelling_word(std::string_view word);

}  // namespace hemeroteca
