#include "xml_file.h"

#include <fstream>
#include <iterator>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {

XmlFile::XmlFile(const std::filesystem::path& path, std::string_view what, const char* root_name)
    : path_(path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::kIo, "cannot read " + std::string(what) + " " + path.string() +
                                    ": check the --schema folder");
  }
  text_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  const pugi::xml_parse_result parsed = document_.load_buffer(text_.data(), text_.size());
  if (!parsed) {
    throw XmlLocation(path_, text_, static_cast<std::size_t>(parsed.offset))
        .error(parsed.description());
  }
  root_ = document_.child(root_name);
  if (!root_) {
    throw XmlLocation(path_, text_, 0)
        .error("the root element must be <" + std::string(root_name) + ">");
  }
}

}  // namespace hemeroteca
