#include "hemeroteca/schema/schema.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <stdexcept>

#include "hemeroteca/schema/error.h"
#include "xml_file.h"

namespace hemeroteca {
namespace {

// Fields the code reads by name; a schema without them cannot work.
constexpr std::string_view kRequiredFields[] = {
    field::kId,           field::kTitle,        field::kHighlights, field::kBody,
    field::kDate,         field::kYear,         field::kMonth,      field::kNumber,
    field::kOfficial,     field::kOrganization, field::kState,      field::kTopic,
    field::kDuplicateKey, field::kFormat,       field::kHasFigures, field::kVocabulary,
    field::kSummary,      field::kSnippetText,
};

// Fields the indexer and server sort, filter, collapse or show by their value slot.
constexpr std::string_view kFieldsReadBySlot[] = {
    field::kId, field::kDate, field::kMonth, field::kNumber, field::kDuplicateKey,
};

FieldType parse_type(std::string_view text, const XmlLocation& where) {
  if (text == "text") return FieldType::kText;
  if (text == "keyword") return FieldType::kKeyword;
  if (text == "date") return FieldType::kDate;
  if (text == "number") return FieldType::kNumber;
  if (text == "stored") return FieldType::kStored;
  throw where.error("type \"" + std::string(text) +
                    "\" is not one of text, keyword, date, number, stored");
}

std::vector<std::string> split_aliases(std::string_view text) {
  std::vector<std::string> aliases;
  std::string current;
  for (char c : text) {
    if (c == ',') {
      if (!current.empty()) aliases.push_back(current);
      current.clear();
    } else if (c != ' ') {
      current.push_back(c);
    }
  }
  if (!current.empty()) aliases.push_back(current);
  return aliases;
}

FieldSpec parse_field(const pugi::xml_node& node, const XmlLocation& where) {
  FieldSpec spec;
  spec.name = node.attribute("name").as_string();
  if (spec.name.empty()) throw where.error("a <field> has no name attribute");
  spec.type = parse_type(node.attribute("type").as_string(), where);
  if (!node.attribute("prefix")) throw where.error("field \"" + spec.name + "\" has no prefix");
  spec.prefix = node.attribute("prefix").as_string();
  if (auto slot = node.attribute("slot")) {
    const int value = slot.as_int(-1);
    if (value < 0) throw where.error("field \"" + spec.name + "\" has a slot that is not a number");
    spec.slot = static_cast<Xapian::valueno>(value);
  }
  spec.facet = node.attribute("facet").as_bool(false);
  if (spec.type == FieldType::kStored && !spec.slot) {
    throw where.error("stored field \"" + spec.name + "\" needs a value slot");
  }
  if (spec.facet && !spec.slot) {
    throw where.error("facet field \"" + spec.name + "\" needs a value slot");
  }
  if (!spec.slot &&
      std::ranges::find(kFieldsReadBySlot, spec.name) != std::end(kFieldsReadBySlot)) {
    throw where.error("field \"" + spec.name +
                      "\" needs a value slot: results are sorted, filtered or grouped by it");
  }
  const int weight = node.attribute("weight").as_int(1);
  if (weight < 1 || weight > 100) {
    throw where.error("field \"" + spec.name + "\" has weight outside 1..100");
  }
  spec.weight = static_cast<unsigned>(weight);
  spec.label = node.attribute("label").as_string(spec.name.c_str());
  spec.aliases = split_aliases(node.attribute("alias").as_string());
  return spec;
}

}  // namespace

Schema Schema::load(const std::filesystem::path& fields_xml) {
  const XmlFile file(fields_xml, "schema file", "schema");
  const pugi::xml_node& root = file.root();
  Schema schema;
  schema.directory_ = fields_xml.parent_path();
  std::set<std::string> names;
  std::set<Xapian::valueno> slots;
  for (const pugi::xml_node& node : root.children("field")) {
    const XmlLocation where = file.at(node);
    FieldSpec spec = parse_field(node, where);
    if (!names.insert(spec.name).second) {
      throw where.error("field \"" + spec.name + "\" is defined twice");
    }
    if (spec.slot && !slots.insert(*spec.slot).second) {
      throw where.error("value slot " + std::to_string(*spec.slot) + " of field \"" + spec.name +
                        "\" is already used by another field");
    }
    schema.fields_.push_back(std::move(spec));
  }
  for (std::string_view required : kRequiredFields) {
    if (!names.contains(std::string(required))) {
      throw file.at(root).error("required field \"" + std::string(required) + "\" is missing");
    }
  }
  return schema;
}

const FieldSpec* Schema::find(std::string_view name) const {
  auto it = std::find_if(fields_.begin(), fields_.end(),
                         [&](const FieldSpec& spec) { return spec.name == name; });
  return it == fields_.end() ? nullptr : &*it;
}

const FieldSpec& Schema::field(std::string_view name) const {
  if (const FieldSpec* spec = find(name)) return *spec;
  throw std::out_of_range("schema has no field " + std::string(name));
}

}  // namespace hemeroteca
