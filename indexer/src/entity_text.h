// Internal to the entity extractor: the bulletin as a stream of tokens, the phrase matcher for
// gazetteer names, and the word classes the extraction rules share.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hemeroteca::entities {

// One word or punctuation mark of a bulletin.
struct Token {
  std::string_view text;        // as written: a view into the caller's texts
  std::string folded;           // Analyzer::fold(text)
  std::string lower;            // lower-case with accents
  std::size_t folded_hash = 0;  // a hash of folded, for the phrase matchers
  std::size_t paragraph = 0;    // index of the text it belongs to
  std::size_t sentence = 0;     // sentence number over the whole bulletin
  std::size_t begin = 0;        // byte range in its text
  std::size_t end = 0;
  bool word = false;         // letters and digits, possibly joined by hyphens
  bool capitalized = false;  // "Zoé", "Gutiérrez-Niño", "O": a capital and no other capitals
  bool upper = false;        // two or more letters, all capitals: "IMSS", "BOLETÍN"
  bool initial = false;      // starts with a capital: any of the above, "UMAEs", "INCan"
  bool accented = false;     // has a letter with an accent: never in an acronym
};

// Which extraction rule has claimed a token, so that rules do not read it twice.
enum class Owner { kNone, kOrganization, kUnit, kPerson, kState };

// A bulletin's texts (title, highlights, paragraphs) as tokens.
struct Text {
  explicit Text(const std::vector<std::string>& texts);

  const std::vector<std::string>& paragraphs;
  std::vector<Token> tokens;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;  // token ranges [first, second)
  std::vector<bool> shouting;  // per sentence: written in capitals (titles, headings)
  std::vector<Owner> owner;    // per token

  const Token& operator[](std::size_t i) const { return tokens[i]; }
  std::size_t size() const { return tokens.size(); }
  std::size_t sentence_begin(std::size_t i) const { return sentences[tokens[i].sentence].first; }
  std::size_t sentence_end(std::size_t i) const { return sentences[tokens[i].sentence].second; }
  // Inlined: the rules ask it of nearly every token, several times over.
  [[gnu::always_inline]] bool is(std::size_t i, std::string_view folded) const {
    return i < tokens.size() && tokens[i].folded == folded;
  }
  bool free(std::size_t i) const { return i < tokens.size() && owner[i] == Owner::kNone; }
  // The text as written from token `first` to token `last` inclusive.
  std::string_view span(std::size_t first, std::size_t last) const;
};

// Splits one string into tokens (no sentence numbers); used for gazetteer names too.
std::vector<Token> tokenize(std::string_view text, std::size_t paragraph, std::size_t offset);
// The number of word tokens tokenize() finds in `text`.
std::size_t count_words(std::string_view text);

// Finds gazetteer names in token streams: whole tokens, folded, longest first. A capitalised
// word of a name needs a capital in the text and an acronym needs capitals ("Hacienda", "SAT").
class PhraseMatcher {
 public:
  void add(std::string_view phrase, std::size_t target);

  struct Match {
    std::size_t length = 0;  // tokens; 0 when nothing matches
    std::size_t target = 0;
  };
  Match match(const Text& text, std::size_t i, std::size_t end) const;

 private:
  struct Phrase {
    std::vector<std::string> folded;
    std::vector<char> casing;  // 'l' any case, 'c' capital needed, 'u' capitals needed
    std::size_t target = 0;
  };
  // By the hash of the folded first word: a token's hash is computed once, not per matcher.
  // Phrases whose first words share a hash share a bucket; match() compares every word.
  std::unordered_map<std::size_t, std::vector<Phrase>> by_first_word_;
};

// A fixed list of words as a hash table built at compile time, for the lists the rules look
// every token up in. The words must not be empty.
template <std::size_t N>
class WordSet {
 public:
  constexpr explicit WordSet(const std::string_view (&words)[N]) {
    for (const std::string_view word : words) {
      std::size_t slot = hash(word) & kMask;
      while (!slots_[slot].empty() && slots_[slot] != word) slot = (slot + 1) & kMask;
      slots_[slot] = word;
      shortest_ = word.size() < shortest_ ? word.size() : shortest_;
      longest_ = word.size() > longest_ ? word.size() : longest_;
    }
  }
  constexpr bool contains(std::string_view word) const {
    if (word.size() < shortest_ || word.size() > longest_) return false;
    for (std::size_t slot = hash(word) & kMask; !slots_[slot].empty(); slot = (slot + 1) & kMask) {
      if (slots_[slot] == word) return true;
    }
    return false;
  }

 private:
  static constexpr std::size_t slot_count() {
    std::size_t count = 1;
    while (count < 2 * N) count *= 2;
    return count;
  }
  static constexpr std::size_t kMask = slot_count() - 1;
  static constexpr std::uint32_t hash(std::string_view word) {  // FNV-1a
    std::uint32_t h = 2166136261u;
    for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }

  std::array<std::string_view, slot_count()> slots_{};
  std::size_t shortest_ = static_cast<std::size_t>(-1);
  std::size_t longest_ = 0;
};

// Word classes (folded or lower-case forms as named).
bool is_name_particle(std::string_view folded);  // de, del, la, las, los, y
bool is_connector(std::string_view folded);      // de, del, la, y, para, en... inside names
bool is_preposition(std::string_view folded);    // de, del, a, al, con, por, ante...
bool is_article(std::string_view folded);        // el, la, los, las
bool is_function_word(std::string_view folded);  // words that open sentences: En, Durante...
bool is_not_name_word(std::string_view folded);  // Instituto, Hospital, Salud, lunes...
bool is_month(std::string_view folded);          // enero... diciembre: also names ("Julio")
bool is_ordinal(std::string_view folded);        // "primer", "segunda", "sexagesima", "decimo"
bool is_roman_numeral(std::string_view text);

// `word` (lower-case) without a Spanish plural ending, "-es" tried first, then "-s", where
// `known(singular)` accepts it: "directores" -> "director", "electorales" -> "electoral",
// "ayuntamientos" -> "ayuntamiento"; "" when neither does.
template <typename Known>
std::string singular_if(std::string_view word, Known&& known) {
  for (const std::string_view ending : {std::string_view("es"), std::string_view("s")}) {
    if (!word.ends_with(ending)) continue;
    std::string singular(word.substr(0, word.size() - ending.size()));
    if (known(singular)) return singular;
  }
  return "";
}
bool is_punct(const Token& token, std::string_view mark);
bool is_open_quote(std::string_view mark);
bool is_close_quote(std::string_view mark);

}  // namespace hemeroteca::entities
