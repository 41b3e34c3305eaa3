// Analyzer: the one Spanish text analysis shared by the indexer and the server.
//
// Words are read from UTF-8 text, lower-cased and folded: accents and other marks are removed
// ("Zoé" -> "zoe", "pingüino" -> "pinguino") except on ñ, which stays a letter of its own
// ("año" and "ano" are different words). Compatibility forms are unified first (NFKC: the
// ligature "ﬁ" becomes "fi").
//
// Stemming uses Snowball's Spanish stemmer, which needs the accents ("vacunación" -> "vacun",
// but "vacunacion" is left whole). So a word is stemmed in its accented form and the stem is
// then folded. A query typed without accents is mended by the vocabulary terms the indexer
// writes: for each word whose accented stem differs from the stem of its folded form, the
// document gets the boolean term  vocabulary-prefix + folded word + ":" + folded stem
// ("XSvacunacion:vacun"), and the query side (QueryMapper) looks the folded word up there.
//
// Thread-safety: an Analyzer is not thread-safe (its Xapian::Stem and its stem cache change
// as it works); give each thread its own Analyzer. Constructing one is cheap; keeping one
// across documents is cheaper still, since words repeat and their stems are cached.
#pragma once

#include <xapian.h>

#include <bitset>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hemeroteca {

// One word of a text, with where it stands in the original bytes (for highlighting).
struct Token {
  std::string folded;     // lower-case, accents removed, ñ kept: "oncologicos"
  std::string lower;      // lower-case with accents, as the stemmer needs it: "oncológicos"
  std::size_t begin = 0;  // byte offset of the word in the analysed text
  std::size_t end = 0;    // one past its last byte
};

// A keyword value as it appears in terms and URLs: folded, with every run of characters other
// than letters and digits turned into one '-': "Ciudad de México" -> "ciudad-de-mexico".
std::string slug(std::string_view text);

class Analyzer {
 public:
  Analyzer();

  // Lower-cases and folds a whole string (words and everything between them).
  static std::string fold(std::string_view text);

  // `text` with letters and the marks typed apart from them composed (NFC: "e" + U+0301 is
  // "é", "n" + U+0303 is "ñ"), as the indexer stores text; text without such marks as it is.
  static std::string composed(std::string_view text);

  // Splits text into words. A word is a run of letters, digits and combining marks; anything
  // else (spaces, punctuation, private-use bullet glyphs) separates words.
  std::vector<Token> tokenize(std::string_view text) const;

  // The words of tokenize(), handed to `visit` one at a time in a single Token reused from word
  // to word (copy what you keep): no vector of tokens is built. With Forms::kFolded the Token's
  // `lower` stays empty, for callers that only compare folded words (the snippet maker).
  // With `first_letters`, a word whose folded form does not begin with one of those bytes is
  // handed over with an empty `folded` (and `lower`), unfolded: a caller looking for a few
  // words passes over the others at the cost of finding where they end.
  enum class Forms { kFoldedAndLower, kFolded };
  void scan(std::string_view text, const std::function<void(const Token&)>& visit,
            Forms forms = Forms::kFoldedAndLower,
            const std::bitset<256>* first_letters = nullptr) const;

  // The folded stem of a token's accented form: "oncológicos" -> "oncolog".
  std::string stem(const Token& token) const;
  // The stem of a word as given (already folded or not); used by the query side.
  std::string stem_word(std::string_view word) const;

  // The vocabulary term for a token, or "" when its accented and folded stems agree.
  std::string vocabulary_term(const Token& token, std::string_view vocabulary_prefix) const;

 private:
  // The stem of a word, remembered: stemming is the costly part of analysis and a corpus's
  // vocabulary is small next to its word count.
  const std::string& cached_stem(const std::string& word) const;

  mutable Xapian::Stem stemmer_;
  mutable std::unordered_map<std::string, std::string> stems_;
};

}  // namespace hemeroteca
