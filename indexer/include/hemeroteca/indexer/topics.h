// TopicClassifier: multi-label topics for a bulletin from the taxonomy (schema/topics.xml).
//
// Each taxonomy term is matched by Spanish stems in the bulletin's text; occurrences in the
// title and highlights count double. A topic is given when its weighted evidence reaches the
// taxonomy's min-evidence; its score is 1 - 2^(-evidence / min-evidence), in [0.5, 1).
// Topics come out sorted by score, at most TopicClassifier::kMaxTopics of them.
//
// Thread-safety: classify() is const and safe to call from several threads; each thread uses
// its own Analyzer.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "hemeroteca/schema/record.h"
#include "hemeroteca/schema/taxonomy.h"

namespace hemeroteca {

class TopicClassifier {
 public:
  static constexpr std::size_t kMaxTopics = 5;

  explicit TopicClassifier(const Taxonomy& taxonomy);  // keeps a reference

  std::vector<Topic> classify(const std::string& title, const std::vector<std::string>& highlights,
                              const std::vector<std::string>& body) const;

 private:
  struct TermRef {
    std::size_t topic;
    std::size_t term;
  };
  const Taxonomy& taxonomy_;
  // Terms indexed by their first stem, so each word of a bulletin is compared with few terms.
  std::unordered_map<std::string, std::vector<TermRef>> by_first_stem_;
  // Stemming is the costly part; a folded stem is a prefix of its folded word, so only words
  // that begin like some term's first stem need stemming.
  std::unordered_set<std::string> stem_openings_;  // first kOpening bytes of longer stems
  std::vector<std::string> short_first_stems_;     // stems shorter than that
};

}  // namespace hemeroteca
