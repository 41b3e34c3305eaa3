// CorpusGenerator: synthetic press bulletins in the IMSS house style, for benchmarks.
//
// Each bulletin has a dateline, a number, a title, two highlights and body paragraphs that
// name officials with roles, organizations, states and figures, drawn from fixed lists, mixed
// with running prose whose words follow Zipf's law over a vocabulary of 100,000 words, all
// from a seeded generator, so a corpus of any size is the same on every run. Bodies come out
// near 4.7 KB with ~400 distinct words, the size the benchmarks in the issues are stated for
// and about the variety of real bulletins. Some bulletins are undated.
//
// kVersion changes whenever the texts do, so corpora and indexes written to disk by an
// earlier generator are not mistaken for the current ones.
#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace hemeroteca::bench {

class CorpusGenerator {
 public:
  static constexpr int kVersion = 2;

  explicit CorpusGenerator(std::uint64_t seed = 42) : random_(seed) {}

  // The text of bulletin number `index` (plain text, UTF-8).
  std::string bulletin(std::size_t index);

  // The prose vocabulary, by rank: word(1) is the commonest; ranks run 1..vocabulary_size().
  static std::size_t vocabulary_size();
  static const std::string& word(std::size_t rank);

 private:
  std::string sentence();        // in the house style: officials, states, figures
  std::string prose_sentence();  // running prose from the Zipf vocabulary
  std::string paragraph(std::size_t min_bytes);
  template <typename List>
  const auto& pick(const List& list) {
    return list[std::uniform_int_distribution<std::size_t>(0, std::size(list) - 1)(random_)];
  }
  int number(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }

  std::mt19937_64 random_;
};

}  // namespace hemeroteca::bench
