// Extractor: a ParsedDocument to a Record (title, highlights, body and the facts inside).
//
// Thread-safety: extract() is const and may be called from several threads at once.
#pragma once

#include "hemeroteca/indexer/document.h"
#include "hemeroteca/schema/record.h"

namespace hemeroteca {

class Extractor {
 public:
  Extractor() = default;

  Record extract(const ParsedDocument& document) const;
};

// A stable id for a source: 16 hex digits of a 64-bit FNV-1a hash of the source name (an
// absolute path or a URL), so importing the same file again replaces its bulletin.
std::string source_id(std::string_view source);

}  // namespace hemeroteca
