#include "hemeroteca/indexer/topics.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "hemeroteca/schema/analyzer.h"

namespace hemeroteca {
namespace {

// Title and highlights state what a bulletin is about more surely than its body.
constexpr double kHeadlineFactor = 2;
constexpr std::size_t kOpening = 3;

}  // namespace

TopicClassifier::TopicClassifier(const Taxonomy& taxonomy) : taxonomy_(taxonomy) {
  const auto& topics = taxonomy_.topics();
  for (std::size_t t = 0; t < topics.size(); ++t) {
    for (std::size_t i = 0; i < topics[t].terms.size(); ++i) {
      const std::string& first = topics[t].terms[i].stems.front();
      by_first_stem_[first].push_back({t, i});
      if (first.size() >= kOpening) {
        stem_openings_.insert(first.substr(0, kOpening));
      } else if (std::find(short_first_stems_.begin(), short_first_stems_.end(), first) ==
                 short_first_stems_.end()) {
        short_first_stems_.push_back(first);
      }
    }
  }
}

std::vector<Topic> TopicClassifier::classify(const std::string& title,
                                             const std::vector<std::string>& highlights,
                                             const std::vector<std::string>& body) const {
  // One analyzer per thread, kept across bulletins for its stem cache.
  thread_local Analyzer analyzer;
  const auto& topics = taxonomy_.topics();
  std::vector<double> evidence(topics.size(), 0);
  auto may_open_term = [&](const std::string& folded) {
    if (folded.size() >= kOpening && stem_openings_.contains(folded.substr(0, kOpening))) {
      return true;
    }
    for (const std::string& stem : short_first_stems_) {
      if (folded.starts_with(stem)) return true;
    }
    return false;
  };
  auto scan = [&](const std::string& text, double factor) {
    const std::vector<Token> tokens = analyzer.tokenize(text);
    std::vector<std::optional<std::string>> stems(tokens.size());
    auto stem_at = [&](std::size_t i) -> const std::string& {
      if (!stems[i]) stems[i] = analyzer.stem(tokens[i]);
      return *stems[i];
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!may_open_term(tokens[i].folded)) continue;
      auto candidates = by_first_stem_.find(stem_at(i));
      if (candidates == by_first_stem_.end()) continue;
      for (const TermRef& ref : candidates->second) {
        const TopicTerm& term = topics[ref.topic].terms[ref.term];
        if (i + term.stems.size() > tokens.size()) continue;
        bool match = true;
        for (std::size_t k = 1; k < term.stems.size() && match; ++k) {
          match = stem_at(i + k) == term.stems[k];
        }
        if (match) evidence[ref.topic] += term.weight * factor;
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
