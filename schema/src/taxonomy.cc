#include "hemeroteca/schema/taxonomy.h"

#include <pugixml.hpp>
#include <set>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/error.h"
#include "xml_file.h"

namespace hemeroteca {

Taxonomy Taxonomy::load(const std::filesystem::path& topics_xml) {
  const XmlFile file(topics_xml, "topic taxonomy", "taxonomy");
  const pugi::xml_node& root = file.root();
  Taxonomy taxonomy;
  taxonomy.min_evidence_ = root.attribute("min-evidence").as_double(4);
  if (taxonomy.min_evidence_ <= 0) {
    throw file.at(root).error("min-evidence must be a positive number");
  }
  Analyzer analyzer;
  std::set<std::string> ids;
  for (const pugi::xml_node& node : root.children("topic")) {
    const XmlLocation where = file.at(node);
    TopicSpec topic;
    topic.id = node.attribute("id").as_string();
    topic.label = node.attribute("label").as_string();
    if (topic.id.empty() || topic.label.empty()) {
      throw where.error("a <topic> needs both id and label");
    }
    if (topic.id != slug(topic.id)) {
      throw where.error("topic id \"" + topic.id + "\" must be a slug such as \"" + slug(topic.id) +
                        "\"");
    }
    if (!ids.insert(topic.id).second)
      throw where.error("topic \"" + topic.id + "\" is defined twice");
    for (const pugi::xml_node& term_node : node.children("term")) {
      const XmlLocation term_where = file.at(term_node);
      TopicTerm term;
      term.weight = term_node.attribute("weight").as_double(1);
      if (term.weight < 1 || term.weight > 10) {
        throw term_where.error("term weight must be from 1 to 10");
      }
      for (const Token& token : analyzer.tokenize(term_node.child_value())) {
        term.stems.push_back(analyzer.stem(token));
      }
      if (term.stems.empty()) throw term_where.error("empty <term> in topic \"" + topic.id + "\"");
      topic.terms.push_back(std::move(term));
    }
    if (topic.terms.empty()) throw where.error("topic \"" + topic.id + "\" has no <term>");
    taxonomy.topics_.push_back(std::move(topic));
  }
  return taxonomy;
}

std::string Taxonomy::label(std::string_view id) const {
  for (const TopicSpec& topic : topics_) {
    if (topic.id == id) return topic.label;
  }
  return std::string(id);
}

}  // namespace hemeroteca
