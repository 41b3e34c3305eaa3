// XmlFile: one XML file of the schema folder (fields, taxonomy, synonyms, gazetteers), read,
// parsed and checked for its root element, with file:line locations for the loaders' errors.
#pragma once

#include <filesystem>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "hemeroteca/schema/xml_location.h"

namespace hemeroteca {

class XmlFile {
 public:
  // `what` names the file in messages ("topic taxonomy"). Throws Error(kIo) when the file cannot
  // be read and Error(kCorrupt) "file:line: problem" when it is malformed or its root element is
  // not <root_name>.
  XmlFile(const std::filesystem::path& path, std::string_view what, const char* root_name);
  XmlFile(const XmlFile&) = delete;
  XmlFile& operator=(const XmlFile&) = delete;

  const pugi::xml_node& root() const { return root_; }
  // Where `node` stands, for errors about it.
  XmlLocation at(const pugi::xml_node& node) const {
    return XmlLocation(path_, text_, static_cast<std::size_t>(node.offset_debug()));
  }

 private:
  std::filesystem::path path_;
  std::string text_;
  pugi::xml_document document_;
  pugi::xml_node root_;
};

}  // namespace hemeroteca
