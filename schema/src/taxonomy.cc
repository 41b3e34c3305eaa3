#include "hemeroteca/schema/taxonomy.h"

#include <fstream>
#include <iterator>
#include <pugixml.hpp>
#include <set>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/xml_location.h"

namespace hemeroteca {

Taxonomy Taxonomy::load(const std::filesystem::path& topics_xml) {
  std::ifstream in(topics_xml, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::kIo, "cannot read topic taxonomy " + topics_xml.string() +
                                    ": check the --schema folder");
  }
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_buffer(text.data(), text.size());
  if (!parsed) {
    throw XmlLocation(topics_xml, text, static_cast<std::size_t>(parsed.offset))
        .error(parsed.description());
  }
  const pugi::xml_node root = document.child("taxonomy");
  if (!root) throw XmlLocation(topics_xml, text, 0).error("the root element must be <taxonomy>");

  Taxonomy taxonomy;
  taxonomy.min_evidence_ = root.attribute("min-evidence").as_double(4);
  if (taxonomy.min_evidence_ <= 0) {
    throw XmlLocation(topics_xml, text, static_cast<std::size_t>(root.offset_debug()))
        .error("min-evidence must be a positive number");
  }
  Analyzer analyzer;
  std::set<std::string> ids;
  for (const pugi::xml_node& node : root.children("topic")) {
    const XmlLocation where(topics_xml, text, static_cast<std::size_t>(node.offset_debug()));
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
      const XmlLocation term_where(topics_xml, text,
                                   static_cast<std::size_t>(term_node.offset_debug()));
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
