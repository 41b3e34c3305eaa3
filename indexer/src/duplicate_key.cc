#include "hemeroteca/indexer/duplicate_key.h"

#include <algorithm>

#include "hemeroteca/indexer/hash.h"
#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca {
namespace {

constexpr std::size_t kShingleWords = 5;

// A shingle's hash combines its words' hashes in order; no shingle text is ever built.
std::uint64_t shingle_hash(const std::vector<std::uint64_t>& words, std::size_t first,
                           std::size_t count) {
  std::uint64_t hash = 0x9e3779b97f4a7c15ULL;
  for (std::size_t i = first; i < first + count; ++i) {
    hash ^= words[i] + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
  }
  return hash;
}

// Keeps the kSignatureSize smallest distinct hashes seen.
class MinHash {
 public:
  void add(std::uint64_t hash) {
    if (smallest_.size() == kSignatureSize && hash >= smallest_.back()) return;
    auto at = std::lower_bound(smallest_.begin(), smallest_.end(), hash);
    if (at != smallest_.end() && *at == hash) return;
    smallest_.insert(at, hash);
    if (smallest_.size() > kSignatureSize) smallest_.pop_back();
  }
  void add_shingles(const std::vector<std::uint64_t>& words) {
    if (words.size() < kShingleWords) {
      if (!words.empty()) add(shingle_hash(words, 0, words.size()));
      return;
    }
    for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
      add(shingle_hash(words, i, kShingleWords));
    }
  }
  bool empty() const { return smallest_.empty(); }
  std::string key() const {
    std::string signature;
    for (std::uint64_t hash : smallest_) signature += hex64(hash);
    return hex64(fnv1a64(signature));
  }

 private:
  std::vector<std::uint64_t> smallest_;  // ascending
};

}  // namespace

std::string duplicate_key(const std::vector<std::string>& body) {
  Analyzer analyzer;
  std::vector<std::vector<std::uint64_t>> paragraphs;
  for (const std::string& paragraph : body) {
    std::vector<std::uint64_t> words;
    for (const Token& token : analyzer.tokenize(paragraph)) words.push_back(fnv1a64(token.folded));
    paragraphs.push_back(std::move(words));
  }
  MinHash signature;
  for (const auto& words : paragraphs) {
    if (words.size() >= kMinParagraphWords) signature.add_shingles(words);
  }
  if (signature.empty()) {
    // A bulletin of short paragraphs only: all of its text decides.
    std::vector<std::uint64_t> all;
    for (const auto& words : paragraphs) all.insert(all.end(), words.begin(), words.end());
    signature.add_shingles(all);
  }
  return signature.empty() ? std::string() : signature.key();
}

}  // namespace hemeroteca
