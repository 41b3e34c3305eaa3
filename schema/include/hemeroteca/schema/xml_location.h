// XmlLocation: turns a pugixml byte offset into "file:line: problem" errors, so that anyone
// editing the schema's XML files (fields, gazetteers, taxonomy) is told where the mistake is.
#pragma once

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {

class XmlLocation {
 public:
  XmlLocation(const std::filesystem::path& file, std::string_view text, std::size_t offset)
      : file_(file),
        line_(1 + std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n')) {}

  [[nodiscard]] Error error(const std::string& problem) const {
    return Error(ErrorKind::kCorrupt,
                 file_.string() + ":" + std::to_string(line_) + ": " + problem);
  }

 private:
  std::filesystem::path file_;
  std::size_t line_;
};

}  // namespace hemeroteca
