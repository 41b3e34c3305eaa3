#include "hemeroteca/indexer/duplicate_key.h"

#include <algorithm>
#include <set>

#include "hemeroteca/indexer/hash.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca {
namespace {

constexpr std::size_t kShingleWords = 5;

void add_shingles(const std::vector<std::string>& words, std::set<std::uint64_t>& hashes) {
  if (words.size() < kShingleWords) {
    std::string all;
    for (const auto& word : words) all += word + ' ';
    if (!all.empty()) hashes.insert(fnv1a64(all));
    return;
  }
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    std::string shingle;
    for (std::size_t j = i; j < i + kShingleWords; ++j) shingle += words[j] + ' ';
    hashes.insert(fnv1a64(shingle));
  }
}

}  // namespace

std::string duplicate_key(const std::vector<std::string>& body) {
  Analyzer analyzer;
  std::vector<std::vector<std::string>> paragraphs;
  for (const std::string& paragraph : body) {
    std::vector<std::string> words;
    for (Token& token : analyzer.tokenize(paragraph)) words.push_back(std::move(token.folded));
    paragraphs.push_back(std::move(words));
  }
  std::set<std::uint64_t> hashes;
  for (const auto& words : paragraphs) {
    if (words.size() >= kMinParagraphWords) add_shingles(words, hashes);
  }
  if (hashes.empty()) {
    // A bulletin of short paragraphs only: all of its text decides.
    std::vector<std::string> all;
    for (const auto& words : paragraphs) all.insert(all.end(), words.begin(), words.end());
    add_shingles(all, hashes);
  }
  if (hashes.empty()) return {};
  std::string signature;
  std::size_t taken = 0;
  for (auto it = hashes.begin(); it != hashes.end() && taken < kSignatureSize; ++it, ++taken) {
    signature += hex64(*it);
  }
  return hex64(fnv1a64(signature));
}

}  // namespace hemeroteca
