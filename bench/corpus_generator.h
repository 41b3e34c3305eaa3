// CorpusGenerator: synthetic press bulletins in the IMSS house style, for benchmarks.
//
// Each bulletin has a dateline, a number, a title, two highlights and body paragraphs that
// name officials with roles, organizations, states and figures, drawn from fixed lists with a
// seeded generator, so a corpus of any size is the same on every run. Bodies come out near
// 4.7 KB, the size the benchmarks in the issues are stated for. Some bulletins are undated.
#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace hemeroteca::bench {

class CorpusGenerator {
 public:
  explicit CorpusGenerator(std::uint64_t seed = 42) : random_(seed) {}

  // The text of bulletin number `index` (plain text, UTF-8).
  std::string bulletin(std::size_t index);

 private:
  std::string sentence();
  std::string paragraph(std::size_t min_bytes);
  template <typename List>
  const auto& pick(const List& list) {
    return list[std::uniform_int_distribution<std::size_t>(0, std::size(list) - 1)(random_)];
  }
  int number(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }

  std::mt19937_64 random_;
};

}  // namespace hemeroteca::bench
