// Taxonomy: the topics a bulletin can be about, read from schema/topics.xml (see its header
// comment for the format). The indexer classifies bulletins with it; the server shows its
// labels in the topic facet.
//
// Thread-safety: a loaded Taxonomy is immutable and may be shared between threads.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

struct TopicTerm {
  std::vector<std::string> stems;  // the term's words as folded stems, in order
  double weight = 1;
};

struct TopicSpec {
  std::string id;
  std::string label;
  std::vector<TopicTerm> terms;
};

class Taxonomy {
 public:
  // Throws Error(kIo) when the file cannot be read and Error(kCorrupt) naming file:line when
  // it is malformed (bad XML, a topic without id or label, duplicate ids, empty terms,
  // weights outside 1..10).
  static Taxonomy load(const std::filesystem::path& topics_xml);

  const std::vector<TopicSpec>& topics() const { return topics_; }
  // Weighted evidence a bulletin needs before it is given a topic.
  double min_evidence() const { return min_evidence_; }
  // The label of a topic id, or the id itself when unknown.
  std::string label(std::string_view id) const;

 private:
  std::vector<TopicSpec> topics_;
  double min_evidence_ = 4;
};

}  // namespace hemeroteca
