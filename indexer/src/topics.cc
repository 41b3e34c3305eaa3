#include "hemeroteca/indexer/topics.h"

#include <algorithm>
#include <cmath>

#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca {
namespace {

// Title and highlights state what a bulletin is about more surely than its body.
constexpr double kHeadlineFactor = 2;

}  // namespace

TopicClassifier::TopicClassifier(const Taxonomy& taxonomy) : taxonomy_(taxonomy) {
  const auto& topics = taxonomy_.topics();
  for (std::size_t t = 0; t < topics.size(); ++t) {
    for (std::size_t i = 0; i < topics[t].terms.size(); ++i) {
      by_first_stem_[topics[t].terms[i].stems.front()].push_back({t, i});
    }
  }
}

std::vector<Topic> TopicClassifier::classify(const std::string& title,
                                             const std::vector<std::string>& highlights,
                                             const std::vector<std::string>& body) const {
  Analyzer analyzer;
  const auto& topics = taxonomy_.topics();
  std::vector<double> evidence(topics.size(), 0);
  auto scan = [&](const std::string& text, double factor) {
    std::vector<std::string> stems;
    for (const Token& token : analyzer.tokenize(text)) stems.push_back(analyzer.stem(token));
    for (std::size_t i = 0; i < stems.size(); ++i) {
      auto candidates = by_first_stem_.find(stems[i]);
      if (candidates == by_first_stem_.end()) continue;
      for (const TermRef& ref : candidates->second) {
        const TopicTerm& term = topics[ref.topic].terms[ref.term];
        if (i + term.stems.size() > stems.size()) continue;
        if (std::equal(term.stems.begin(), term.stems.end(), stems.begin() + i)) {
          evidence[ref.topic] += term.weight * factor;
        }
      }
    }
  };
  scan(title, kHeadlineFactor);
  for (const std::string& highlight : highlights) scan(highlight, kHeadlineFactor);
  for (const std::string& paragraph : body) scan(paragraph, 1);

  std::vector<Topic> found;
  const double threshold = taxonomy_.min_evidence();
  for (std::size_t t = 0; t < topics.size(); ++t) {
    if (evidence[t] < threshold) continue;
    const double score = 1 - std::exp2(-evidence[t] / threshold);
    found.push_back({topics[t].id, topics[t].label, std::round(score * 1000) / 1000});
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Topic& a, const Topic& b) { return a.score > b.score; });
  if (found.size() > kMaxTopics) found.resize(kMaxTopics);
  return found;
}

}  // namespace hemeroteca
